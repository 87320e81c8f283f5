import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildDesks, buildDeskWorker, call, personWithCase, type TDeskWorker } from "./case-test-helpers.js";

let t: TTestApp;
let author: TDeskWorker;
let colleague: TDeskWorker;
let melle: TDeskWorker;

beforeAll(async () => {
  t = await createTestApp();
  const desks = await buildDesks(t);
  author = await buildDeskWorker(t, desks.bramscheUnit);
  colleague = await buildDeskWorker(t, desks.bramscheUnit);
  melle = await buildDeskWorker(t, desks.melleUnit);
});
afterAll(() => t.close());

type TEntry = { kind: string; caseWork: { isConfidential: boolean; toStatus: string | null } | null };
const kindsOf = async (personId: string, worker: TDeskWorker) =>
  ((await call(t, worker, "GET", `/api/persons/${personId}/timeline`)).json().items as TEntry[]).map(
    (entry) => entry.kind,
  );

describe("case work in the person's timeline", () => {
  it("shows the case, its status changes, handovers and notes, a confidential note only to its author", async () => {
    const personId = await personWithCase(t, author);
    await call(t, author, "POST", `/api/persons/${personId}/case/status`, { to: "active" });
    await call(t, author, "POST", `/api/persons/${personId}/case/notes`, { text: "Offen", isConfidential: false });
    await call(t, author, "POST", `/api/persons/${personId}/case/notes`, { text: "Geheim", isConfidential: true });
    const handover = (
      await call(t, author, "POST", `/api/persons/${personId}/case/handovers`, {
        toOrganisationId: melle.organisationId,
        note: "Bitte übernehmen",
      })
    ).json();
    await call(t, melle, "POST", `/api/counselling/handovers/${handover.id}/accept`, {});

    const own = await call(t, author, "GET", `/api/persons/${personId}/timeline`);
    const entries: TEntry[] = own.json().items;
    expect(entries.map((entry) => entry.kind)).toEqual([
      "handover_accepted",
      "handover_started",
      "note_added",
      "note_added",
      "case_status_changed",
      "case_opened",
    ]);
    expect(entries[2]?.caseWork?.isConfidential).toBe(true);
    expect(entries[4]?.caseWork?.toStatus).toBe("active");
    expect(own.body).not.toContain("Geheim");
    expect(own.body).not.toContain("Bitte übernehmen");
    expect(await kindsOf(personId, colleague)).toEqual([
      "handover_accepted",
      "handover_started",
      "note_added",
      "case_status_changed",
      "case_opened",
    ]);
    expect(own.json().total).toBe(6);
    expect((await call(t, colleague, "GET", `/api/persons/${personId}/timeline`)).json().total).toBe(5);
  });
});
