import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
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

const notesOf = (personId: string, worker: TDeskWorker) =>
  call(t, worker, "GET", `/api/persons/${personId}/case/notes`);
const write = (personId: string, body: object, worker = author) =>
  call(t, worker, "POST", `/api/persons/${personId}/case/notes`, body);

describe("case notes", () => {
  it("lists notes newest first; a confidential note only to its author", async () => {
    const personId = await personWithCase(t, author);
    expect((await write(personId, { text: "Erstgespräch geführt", fieldOfAction: "sprache" })).statusCode).toBe(201);
    const secret = await write(personId, { text: "Vertraulich: Gesundheit", isConfidential: true });
    expect(secret.json()).toMatchObject({ isConfidential: true, isOwn: true });
    await write(personId, { text: "Kollegin ergänzt" }, colleague);

    const own = (await notesOf(personId, author)).json();
    expect(own.map((note: { text: string }) => note.text)).toEqual([
      "Kollegin ergänzt",
      "Vertraulich: Gesundheit",
      "Erstgespräch geführt",
    ]);
    const others = await notesOf(personId, colleague);
    expect(others.statusCode).toBe(200);
    expect(others.json().map((note: { text: string }) => note.text)).toEqual([
      "Kollegin ergänzt",
      "Erstgespräch geführt",
    ]);
    expect(others.body).not.toContain("Vertraulich");
    expect((await notesOf(personId, melle)).statusCode).toBe(404);
    expect((await write(personId, { text: "von außen" }, melle)).statusCode).toBe(404);

    const events = await t.database.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(eq(auditEvents.personId, personId));
    expect(events.filter((event) => event.action === "counselling_note.create")).toHaveLength(3);
    expect(events.filter((event) => event.action === "counselling_note.list")).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain("Gesundheit");
  });

  it("refuses unknown fields of action and notes on a closed case", async () => {
    const personId = await personWithCase(t, author);
    const unknown = await write(personId, { text: "x", fieldOfAction: "astrology" });
    expect(unknown.json().errors[0]).toMatchObject({ pointer: "/body/fieldOfAction", code: "field_of_action_unknown" });
    await call(t, author, "POST", `/api/persons/${personId}/case/status`, { to: "closed", closeReason: "other" });
    expect((await write(personId, { text: "zu spät" })).statusCode).toBe(409);
  });
});
