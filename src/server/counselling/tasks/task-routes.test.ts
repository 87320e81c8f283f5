import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let bramsche: Record<string, string>;
let bramscheUserId: string;
let colleagueId: string;
let melle: Record<string, string>;
let melleUserId: string;
let provider: Record<string, string>;

function shiftDays(days: number): string {
  const [year, month, day] = todayInBerlin().split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await createTestApp();
  const bramscheUnit = await buildOrganisation(t.database.db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const melleUnit = await buildOrganisation(t.database.db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.melle.unitKey,
  });
  const bramscheUser = (await buildUser(t.database.db, { role: "caseworker", organisation: bramscheUnit })).user;
  bramscheUserId = bramscheUser.id;
  bramsche = await signInAs(t.database.db, bramscheUser.id);
  colleagueId = (await buildUser(t.database.db, { role: "caseworker", organisation: bramscheUnit })).user.id;
  const melleUser = (await buildUser(t.database.db, { role: "caseworker", organisation: melleUnit })).user;
  melleUserId = melleUser.id;
  melle = await signInAs(t.database.db, melleUser.id);
  const providerOrganisation = await buildProvider(t.database.db);
  const providerUser = await buildMember(t.database.db, {
    organisationId: providerOrganisation.id,
    role: "provider_staff",
  });
  provider = await signInAs(t.database.db, providerUser.id);
});
afterAll(() => t.close());

function call(method: "GET" | "POST" | "PATCH", url: string, cookies: Record<string, string>, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

async function createTask(personId: string, body: object, cookies = bramsche) {
  const response = await call("POST", `/api/persons/${personId}/tasks`, cookies, body);
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number; status: string; isOverdue: boolean };
}

function errorCodes(response: { json(): { errors: { pointer: string; code: string }[] } }) {
  return Object.fromEntries(response.json().errors.map((error) => [error.pointer, error.code]));
}

describe("tasks and follow-ups on a person's file", () => {
  it("refuses what cannot be, field by field", async () => {
    const person = await buildPerson(t.database.db);
    const impossible = await call("POST", `/api/persons/${person.id}/tasks`, bramsche, {
      title: "  ",
      dueOn: "2025-02-30",
      remindOn: "2025-13-01",
    });
    expect(impossible.statusCode).toBe(422);
    expect(errorCodes(impossible)).toEqual({
      "/body/title": "task_title_required",
      "/body/dueOn": "date_invalid",
      "/body/remindOn": "date_invalid",
    });
    const late = await call("POST", `/api/persons/${person.id}/tasks`, bramsche, {
      title: "Unterlagen prüfen",
      dueOn: "2030-05-10",
      remindOn: "2030-05-11",
    });
    expect(errorCodes(late)).toEqual({ "/body/remindOn": "task_remind_after_due" });
    const outsider = await call("POST", `/api/persons/${person.id}/tasks`, bramsche, {
      title: "Unterlagen prüfen",
      dueOn: "2030-05-10",
      assigneeUserId: melleUserId,
      fieldOfActionCode: "astrologie",
    });
    expect(errorCodes(outsider)).toEqual({
      "/body/assigneeUserId": "task_assignee_not_caseworker",
      "/body/fieldOfActionCode": "field_of_action_unknown",
    });
    expect((await call("GET", `/api/persons/${person.id}/tasks`, bramsche)).json().items).toEqual([]);
  });

  it("assigns to the creator by default, lists open ones by due date first and audits", async () => {
    const person = await buildPerson(t.database.db);
    const later = await createTask(person.id, {
      title: "Wiedervorlage Aufenthalt",
      kind: "follow_up",
      dueOn: shiftDays(30),
    });
    const sooner = await createTask(person.id, {
      title: "Kita anfragen",
      dueOn: shiftDays(2),
      assigneeUserId: colleagueId,
    });
    const done = await createTask(person.id, { title: "Anmeldung", dueOn: shiftDays(-5) });
    expect(done.isOverdue).toBe(true);
    const marked = await call("POST", `/api/tasks/${done.id}/status`, bramsche, { version: 1, status: "done" });
    expect(marked.json()).toMatchObject({
      status: "done",
      isOverdue: false,
      doneBy: { id: bramscheUserId },
      version: 2,
    });

    const list = (await call("GET", `/api/persons/${person.id}/tasks`, bramsche)).json();
    expect(list.items.map((task: { id: string }) => task.id)).toEqual([sooner.id, later.id, done.id]);
    expect(list.items[1]).toMatchObject({
      kind: "follow_up",
      assignee: { id: bramscheUserId },
      allowedActions: ["update"],
    });
    expect(list.items[0].assignee.id).toBe(colleagueId);

    const audited = await t.database.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(eq(auditEvents.personId, person.id));
    expect(audited.map((event) => event.action)).toEqual(
      expect.arrayContaining(["task.create", "task.complete", "task.list"]),
    );
    expect(JSON.stringify(audited)).not.toContain("Kita anfragen");
    const timeline = (await call("GET", `/api/persons/${person.id}/timeline`, bramsche)).json();
    expect(timeline.items.map((entry: { kind: string }) => entry.kind).slice(0, 4)).toEqual([
      "task_done",
      "task_created",
      "task_created",
      "task_created",
    ]);
  });

  it("refuses a stale version with 409 and reopens and cancels", async () => {
    const person = await buildPerson(t.database.db);
    const task = await createTask(person.id, { title: "Rückruf", dueOn: shiftDays(1) });
    const changed = await call("PATCH", `/api/tasks/${task.id}`, bramsche, {
      version: 1,
      dueOn: shiftDays(3),
      title: "Rückruf Jobcenter",
    });
    expect(changed.json()).toMatchObject({ version: 2, dueOn: shiftDays(3) });
    const stale = await call("PATCH", `/api/tasks/${task.id}`, bramsche, { version: 1, title: "Zu spät" });
    expect(stale.statusCode).toBe(409);
    const tooLate = await call("PATCH", `/api/tasks/${task.id}`, bramsche, { version: 2, remindOn: shiftDays(4) });
    expect(errorCodes(tooLate)).toEqual({ "/body/remindOn": "task_remind_after_due" });
    const cancelled = await call("POST", `/api/tasks/${task.id}/status`, bramsche, { version: 2, status: "cancelled" });
    expect(cancelled.json()).toMatchObject({ status: "cancelled", doneAt: null });
    const reopened = await call("POST", `/api/tasks/${task.id}/status`, bramsche, { version: 3, status: "open" });
    expect(reopened.json()).toMatchObject({ status: "open", version: 4 });
    const actions = await t.database.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, task.id), eq(auditEvents.action, "task.update")));
    expect(actions[0]?.detail).toEqual({ kind: "task", fields: ["dueOn", "title"] });
  });

  it("shows nobody outside the person scope and no provider: all 404", async () => {
    const person = await buildPerson(t.database.db);
    const task = await createTask(person.id, { title: "Termin vereinbaren", dueOn: shiftDays(1) });
    for (const cookies of [melle, provider]) {
      expect((await call("GET", `/api/persons/${person.id}/tasks`, cookies)).statusCode).toBe(404);
      expect(
        (await call("POST", `/api/persons/${person.id}/tasks`, cookies, { title: "x", dueOn: shiftDays(1) }))
          .statusCode,
      ).toBe(404);
      expect((await call("PATCH", `/api/tasks/${task.id}`, cookies, { version: 1, title: "x" })).statusCode).toBe(404);
      expect(
        (await call("POST", `/api/tasks/${task.id}/status`, cookies, { version: 1, status: "done" })).statusCode,
      ).toBe(404);
    }
  });
});

describe("my tasks", () => {
  it("lists my open tasks, overdue ones marked, with filters and paging", async () => {
    const unit = await buildOrganisation(t.database.db, {
      kind: "municipal_unit",
      municipalUnitKey: testGeography.bramsche.unitKey,
    });
    const me = (await buildUser(t.database.db, { role: "caseworker", organisation: unit })).user;
    const cookies = await signInAs(t.database.db, me.id);
    const person = await buildPerson(t.database.db, { familyName: "Kovalenko" });
    const overdue = await createTask(person.id, { title: "Überfällig", dueOn: shiftDays(-2) }, cookies);
    const today = await createTask(person.id, { title: "Heute", dueOn: shiftDays(0) }, cookies);
    const future = await createTask(person.id, { title: "Später", dueOn: shiftDays(10) }, cookies);
    const finished = await createTask(person.id, { title: "Erledigt", dueOn: shiftDays(-1) }, cookies);
    await call("POST", `/api/tasks/${finished.id}/status`, cookies, { version: 1, status: "done" });
    await createTask(person.id, { title: "Kollegin", dueOn: shiftDays(-3), assigneeUserId: colleagueId }, cookies);

    const all = (await call("GET", "/api/my-tasks", cookies)).json();
    expect(all.items.map((task: { id: string }) => task.id)).toEqual([overdue.id, today.id, future.id]);
    expect(all).toMatchObject({ total: 3, overdueTotal: 1 });
    expect(all.items[0]).toMatchObject({ isOverdue: true, person: { id: person.id, displayName: "Test Kovalenko" } });
    expect(all.items[1].isOverdue).toBe(false);

    const onlyOverdue = (await call("GET", "/api/my-tasks?overdueOnly=true", cookies)).json();
    expect(onlyOverdue.items.map((task: { id: string }) => task.id)).toEqual([overdue.id]);
    const until = (await call("GET", `/api/my-tasks?dueUntil=${shiftDays(0)}&sort=-dueOn`, cookies)).json();
    expect(until.items.map((task: { id: string }) => task.id)).toEqual([today.id, overdue.id]);
    const page = (await call("GET", "/api/my-tasks?pageSize=2&page=2", cookies)).json();
    expect(page).toMatchObject({ total: 3, page: 2 });
    expect(page.items.map((task: { id: string }) => task.id)).toEqual([future.id]);
    expect((await call("GET", "/api/my-tasks?dueUntil=2025-02-30", cookies)).statusCode).toBe(422);

    const listed = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.personId, person.id), eq(auditEvents.action, "task.list")));
    expect(listed.some((event) => (event.detail as { part?: string }).part === "my_tasks")).toBe(true);
    expect((await call("GET", "/api/my-tasks", melle)).json().items).toEqual([]);
    expect((await call("GET", "/api/my-tasks", provider)).statusCode).toBe(404);
  });

  it("offers the caseworkers of my own organisations as assignees", async () => {
    const options = (await call("GET", "/api/task-assignees", bramsche)).json();
    const ids = options.caseworkers.map((caseworker: { id: string }) => caseworker.id);
    expect(ids).toEqual(expect.arrayContaining([bramscheUserId, colleagueId]));
    expect(ids).not.toContain(melleUserId);
  });
});
