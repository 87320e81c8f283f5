import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { personAssignments, persons } from "../arrival-tables.js";

let t: TTestApp;
let cookies: Record<string, string>;
let userId: string;
beforeAll(async () => {
  t = await createTestApp();
  const organisation = await buildOrganisation(t.database.db, { kind: "district" });
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  userId = user.id;
  cookies = await signInAs(t.database.db, user.id);
});
afterAll(() => t.close());

async function register(payload: Record<string, unknown>) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/persons",
    cookies,
    payload: { municipalityAgs: testGeography.bramsche.municipalityAgs, ...payload },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

function merge(survivorId: string, otherId: string) {
  return t.app.inject({ method: "POST", url: `/api/persons/${survivorId}/merges`, cookies, payload: { otherId } });
}

function read(id: string) {
  return t.app.inject({ method: "GET", url: `/api/persons/${id}`, cookies });
}

async function pair() {
  const survivor = await register({
    givenName: "Mohammed",
    familyName: "Al-Hassan",
    birthYear: 1990,
    nationalities: ["SY"],
    languages: [{ language: "ar", level: "native" }],
    phone: "0541 1111",
  });
  const duplicate = await register({
    givenName: "Muhammad",
    familyName: "Alhassan",
    birthYear: 1990,
    birthMonth: 5,
    birthDay: 12,
    nationalities: ["SY", "TR"],
    languages: [
      { language: "ar", level: "C1" },
      { language: "de", level: "A2" },
    ],
    email: "m@example.invalid",
  });
  await t.database.db.insert(personAssignments).values({ personId: duplicate, userId });
  return { survivor, duplicate };
}

describe("merging two records of one person", () => {
  it("keeps the other record as merged and gives the survivor its names, facts and case", async () => {
    const { survivor, duplicate } = await pair();
    const response = await merge(survivor, duplicate);
    expect(response.statusCode).toBe(201);
    const { merge: entry, survivor: record } = response.json();
    expect(entry).toMatchObject({ survivorId: survivor, mergedId: duplicate, undoneAt: null, canUndo: true });
    expect(record).toMatchObject({
      givenName: "Mohammed",
      birthMonth: 5,
      birthDay: 12,
      phone: "0541 1111",
      email: "m@example.invalid",
      nationalities: ["SY", "TR"],
      languages: [
        { language: "ar", level: "native" },
        { language: "de", level: "A2" },
      ],
    });
    expect(record.otherNames).toEqual([
      { kind: "alternative", script: "Latn", givenName: "Muhammad", familyName: "Alhassan" },
    ]);
    expect((await read(duplicate)).json().status).toBe("merged");
    const [assignment] = await t.database.db
      .select()
      .from(personAssignments)
      .where(eq(personAssignments.userId, userId));
    expect(assignment?.personId).toBe(survivor);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.merge"), eq(auditEvents.subjectId, duplicate)));
    expect(events).toHaveLength(1);

    const found = await t.app.inject({
      method: "GET",
      url: "/api/persons/duplicate-candidates?givenName=Muhammad&familyName=Alhassan&birthYear=1990",
      cookies,
    });
    expect(found.json().candidates[0].id).toBe(survivor);
  });

  it("undoes a merge exactly, while the survivor is unchanged", async () => {
    const { survivor, duplicate } = await pair();
    const before = (await read(survivor)).json();
    const { merge: entry } = (await merge(survivor, duplicate)).json();
    const undone = await t.app.inject({
      method: "POST",
      url: `/api/persons/${survivor}/merges/${entry.id}/undo`,
      cookies,
      payload: { purpose: "wrong match" },
    });
    expect(undone.statusCode).toBe(200);
    const { updatedAt: _after, ...restored } = undone.json();
    const { updatedAt: _before, ...original } = before;
    expect(restored).toEqual(original);
    expect((await read(duplicate)).json().status).toBe("active");
    const [assignment] = await t.database.db
      .select()
      .from(personAssignments)
      .where(eq(personAssignments.personId, duplicate));
    expect(assignment?.userId).toBe(userId);
    const again = await t.app.inject({
      method: "POST",
      url: `/api/persons/${survivor}/merges/${entry.id}/undo`,
      cookies,
      payload: { purpose: "wrong match" },
    });
    expect(again.statusCode).toBe(409);
    const history = await t.app.inject({ method: "GET", url: `/api/persons/${survivor}/merges`, cookies });
    expect(history.json()).toEqual([
      expect.objectContaining({ id: entry.id, canUndo: false, undoneAt: expect.any(String) }),
    ]);
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.read"), eq(auditEvents.personId, survivor)));
    expect(reads.map((event) => event.detail)).toContainEqual({ part: "merges" });
  });

  it("refuses to undo once the survivor changed, and refuses merging a record with itself or a merged one", async () => {
    const { survivor, duplicate } = await pair();
    const { merge: entry } = (await merge(survivor, duplicate)).json();
    await t.app.inject({ method: "PATCH", url: `/api/persons/${survivor}`, cookies, payload: { phone: "0541 2222" } });
    const undo = await t.app.inject({
      method: "POST",
      url: `/api/persons/${survivor}/merges/${entry.id}/undo`,
      cookies,
      payload: { purpose: "wrong match" },
    });
    expect(undo.statusCode).toBe(409);
    expect(undo.json().title).toBe("Die Zusammenführung lässt sich nicht mehr rückgängig machen.");
    expect((await merge(survivor, survivor)).json().errors[0].code).toBe("merge_with_self");
    const third = await register({ givenName: "Third", familyName: "Record" });
    expect((await merge(third, duplicate)).json().errors[0].code).toBe("merge_of_merged");
    const [row] = await t.database.db.select().from(persons).where(eq(persons.id, third));
    expect(row?.status).toBe("active");
  });

  it("needs both records within the actor's scope", async () => {
    const bramsche = await buildOrganisation(t.database.db, {
      kind: "municipal_unit",
      municipalUnitKey: testGeography.bramsche.unitKey,
    });
    const { user } = await buildUser(t.database.db, { role: "caseworker", organisation: bramsche });
    const local = await signInAs(t.database.db, user.id);
    const here = await register({ givenName: "Anna", familyName: "Here" });
    const elsewhere = await register({
      givenName: "Anna",
      familyName: "Here",
      municipalityAgs: testGeography.melle.municipalityAgs,
    });
    const response = await t.app.inject({
      method: "POST",
      url: `/api/persons/${here}/merges`,
      cookies: local,
      payload: { otherId: elsewhere },
    });
    expect(response.statusCode).toBe(404);
  });
});
