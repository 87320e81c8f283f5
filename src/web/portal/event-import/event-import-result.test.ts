import { describe, expect, it } from "vitest";
import { type TEventImportResult, ZEventImportResult } from "../../../common/portal/event-import-schemas.js";
import { buildImportRequest, hasImportChanges, summariseImport, toImportErrorRows } from "./event-import-result.js";

const dryRun: TEventImportResult = ZEventImportResult.parse({
  dryRun: true,
  created: 3,
  updated: 1,
  unchanged: 5,
  failed: 2,
  errors: [
    { index: 7, uid: null, summary: null, messages: ["Kein Beginn.", "Kein Titel."] },
    { index: 2, uid: "abc@example.org", summary: "Sprachcafé", messages: ["Wiederholung nicht unterstützt."] },
  ],
});

describe("event import result", () => {
  it("sums up in the page's order", () => {
    expect(summariseImport(dryRun)).toEqual([
      { key: "created", count: 3 },
      { key: "updated", count: 1 },
      { key: "unchanged", count: 5 },
      { key: "failed", count: 2 },
    ]);
    expect(hasImportChanges(dryRun)).toBe(true);
    expect(hasImportChanges({ ...dryRun, created: 0, updated: 0 })).toBe(false);
  });

  it("lists failures in file order, counted from one, messages joined", () => {
    expect(toImportErrorRows(dryRun)).toEqual([
      {
        key: "2-abc@example.org",
        position: 3,
        uid: "abc@example.org",
        summary: "Sprachcafé",
        messages: "Wiederholung nicht unterstützt.",
      },
      { key: "7-", position: 8, uid: null, summary: null, messages: "Kein Beginn. Kein Titel." },
    ]);
  });

  it("sends an address as JSON and a file as it is", () => {
    expect(buildImportRequest("district", true, { kind: "url", url: " https://example.org/k.ics " })).toEqual({
      path: "/api/portal/events/import?owner=district&dryRun=true",
      body: { url: "https://example.org/k.ics" },
    });
    const file = new Blob(["BEGIN:VCALENDAR"], { type: "text/calendar" });
    expect(buildImportRequest("034590005", false, { kind: "file", file })).toEqual({
      path: "/api/portal/events/import?owner=034590005&dryRun=false",
      body: file,
    });
  });
});
