import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildPerson, testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildDesks, buildDeskWorker, call, personWithCase, type TDeskWorker } from "./case-test-helpers.js";

let t: TTestApp;
let bramsche: TDeskWorker;
let bramscheColleague: TDeskWorker;
let melle: TDeskWorker;
let district: TDeskWorker;

beforeAll(async () => {
  t = await createTestApp();
  const desks = await buildDesks(t);
  bramsche = await buildDeskWorker(t, desks.bramscheUnit);
  bramscheColleague = await buildDeskWorker(t, desks.bramscheUnit);
  melle = await buildDeskWorker(t, desks.melleUnit);
  district = await buildDeskWorker(t, desks.district);
});
afterAll(() => t.close());

const status = (personId: string, body: object, worker = bramsche) =>
  call(t, worker, "POST", `/api/persons/${personId}/case/status`, body);

describe("cases", () => {
  it("opens a case at the caseworker's desk, once per person, and audits opening and reading", async () => {
    const person = await buildPerson(t.database.db);
    const before = (await call(t, bramsche, "GET", `/api/persons/${person.id}/case`)).json();
    expect(before).toEqual({ case: null, canOpen: true, hasHandoverToActor: false });

    const opened = await call(t, bramsche, "POST", `/api/persons/${person.id}/case`, {
      assigneeUserId: bramscheColleague.userId,
    });
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({
      status: "open",
      desk: { id: bramsche.organisationId, kind: "municipal_unit" },
      assignee: { id: bramscheColleague.userId },
      history: [{ fromStatus: null, toStatus: "open" }],
      allowedActions: ["change_status", "assign", "hand_over", "write_note"],
    });
    const again = await call(t, bramsche, "POST", `/api/persons/${person.id}/case`, {});
    expect(again.statusCode).toBe(409);

    const read = (await call(t, bramsche, "GET", `/api/persons/${person.id}/case`)).json();
    expect(read.canOpen).toBe(false);
    const events = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.personId, person.id));
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(["counselling_case.open", "counselling_case.read"]),
    );
  });

  it("refuses an assignee who does not work at the desk", async () => {
    const person = await buildPerson(t.database.db);
    const response = await call(t, bramsche, "POST", `/api/persons/${person.id}/case`, {
      assigneeUserId: melle.userId,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ pointer: "/body/assigneeUserId", code: "case_assignee_not_of_desk" }),
    ]);
  });

  it("follows the declared transitions, needs a reason to close, and records each change", async () => {
    const personId = await personWithCase(t, bramsche);
    expect((await status(personId, { to: "active" })).statusCode).toBe(200);
    const invalid = await status(personId, { to: "open" });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors[0]).toMatchObject({ pointer: "/body/to", code: "case_transition_not_allowed" });
    const withoutReason = await status(personId, { to: "closed" });
    expect(withoutReason.statusCode).toBe(422);
    expect(withoutReason.json().errors[0]).toMatchObject({ code: "case_close_reason_required" });
    expect((await status(personId, { to: "dormant", closeReason: "other" })).statusCode).toBe(422);

    const closed = await status(personId, { to: "closed", closeReason: "goals_reached", reasonText: "Job gefunden" });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().allowedActions).toEqual(["change_status"]);
    expect((await status(personId, { to: "active" })).statusCode).toBe(422);
    const reopened = (await status(personId, { to: "reopened" })).json();
    expect(reopened.history.map((entry: { toStatus: string }) => entry.toStatus)).toEqual([
      "open",
      "active",
      "closed",
      "reopened",
    ]);
    expect(reopened.history[2]).toMatchObject({
      fromStatus: "active",
      closeReason: "goals_reached",
      reasonText: "Job gefunden",
      changedByName: "Desk Worker",
    });
    const changes = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.personId, personId), eq(auditEvents.action, "counselling_case.status_change")));
    expect(changes.map((event) => event.detail)).toContainEqual({
      from: "active",
      to: "closed",
      closeReason: "goals_reached",
    });
    expect(JSON.stringify(changes)).not.toContain("Job gefunden");
  });

  it("opens a new case after the last was closed, but refuses to reopen beside it", async () => {
    const personId = await personWithCase(t, bramsche);
    await status(personId, { to: "closed", closeReason: "no_contact" });
    expect((await call(t, bramsche, "POST", `/api/persons/${personId}/case`, {})).statusCode).toBe(201);
    const current = (await call(t, bramsche, "GET", `/api/persons/${personId}/case`)).json();
    expect(current.case.status).toBe("open");
  });

  it("assigns within the desk only", async () => {
    const personId = await personWithCase(t, bramsche);
    const assigned = await call(t, bramsche, "PUT", `/api/persons/${personId}/case/assignee`, {
      assigneeUserId: bramscheColleague.userId,
    });
    expect(assigned.json().assignee).toMatchObject({ id: bramscheColleague.userId });
    const outside = await call(t, bramsche, "PUT", `/api/persons/${personId}/case/assignee`, {
      assigneeUserId: district.userId,
    });
    expect(outside.statusCode).toBe(422);
  });

  it("is 404 for persons outside the scope, and the district sees the municipal desk's case", async () => {
    const personId = await personWithCase(t, bramsche);
    expect((await call(t, melle, "GET", `/api/persons/${personId}/case`)).statusCode).toBe(404);
    expect((await call(t, melle, "POST", `/api/persons/${personId}/case`, {})).statusCode).toBe(404);
    expect((await status(personId, { to: "active" }, melle)).statusCode).toBe(404);
    expect((await call(t, melle, "GET", `/api/persons/${personId}/case/notes`)).statusCode).toBe(404);
    const inMelle = await buildPerson(t.database.db, { municipalityAgs: testGeography.melle.municipalityAgs });
    expect((await call(t, bramsche, "POST", `/api/persons/${inMelle.id}/case`, {})).statusCode).toBe(404);
    const seen = await call(t, district, "GET", `/api/persons/${personId}/case`);
    expect(seen.json().case.desk.id).toBe(bramsche.organisationId);
  });
});
