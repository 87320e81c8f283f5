import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { households, persons } from "../arrival-tables.js";

let t: TTestApp;
let cookies: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  const organisation = await buildOrganisation(t.database.db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  cookies = await signInAs(t.database.db, user.id);
});
afterAll(() => t.close());

async function personBorn(birthYear: number, municipalityAgs: string = testGeography.bramsche.municipalityAgs) {
  const person = await buildPerson(t.database.db, { municipalityAgs });
  await t.database.db.update(persons).set({ birthYear }).where(eq(persons.id, person.id));
  return person;
}

function join(id: string, body: Record<string, unknown>) {
  return t.app.inject({ method: "PUT", url: `/api/persons/${id}/household`, cookies, payload: body });
}

function household(id: string) {
  return t.app.inject({ method: "GET", url: `/api/persons/${id}/household`, cookies });
}

describe("households", () => {
  it("founds a household when joining someone without one, and shows members with age groups", async () => {
    const year = new Date().getFullYear();
    const mother = await personBorn(year - 34);
    const child = await personBorn(year - 3);
    const pupil = await personBorn(year - 9);
    expect((await join(child.id, { withPersonId: mother.id, relation: "child" })).statusCode).toBe(200);
    const response = await join(pupil.id, { withPersonId: child.id, relation: "child", purpose: "family reunion" });
    expect(response.statusCode).toBe(200);
    const seen = response.json();
    expect(seen.members.map((member: { id: string }) => member.id)).toEqual([mother.id, pupil.id, child.id]);
    expect(
      seen.members.map((member: { relation: string; ageGroup: string; isSelf: boolean }) => [
        member.relation,
        member.ageGroup,
        member.isSelf,
      ]),
    ).toEqual([
      ["head", "adult", false],
      ["child", "school", true],
      ["child", "kita", false],
    ]);
    expect((await household(mother.id)).json().householdId).toBe(seen.householdId);
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.read"), eq(auditEvents.personId, mother.id)));
    expect(reads.map((event) => event.detail)).toEqual([{ part: "household" }]);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.update"), eq(auditEvents.personId, pupil.id)));
    expect(events.map((event) => [event.detail, event.purpose])).toEqual([
      [{ fields: ["household"] }, "family reunion"],
    ]);
  });

  it("leaves a household and removes it when nobody is left", async () => {
    const first = await personBorn(1980);
    const second = await personBorn(1982);
    const joined = (await join(second.id, { withPersonId: first.id, relation: "partner" })).json();
    expect((await join(second.id, { withPersonId: null })).json()).toMatchObject({ householdId: null });
    expect((await join(first.id, { withPersonId: null })).statusCode).toBe(200);
    const left = await t.database.db.select().from(households).where(eq(households.id, joined.householdId));
    expect(left).toEqual([]);
  });

  it("shows only the members within the actor's scope, and cannot join someone outside it", async () => {
    const here = await personBorn(1990);
    const elsewhere = await personBorn(1991, testGeography.melle.municipalityAgs);
    await t.database.db.update(persons).set({ householdId: null }).where(eq(persons.id, elsewhere.id));
    expect((await join(here.id, { withPersonId: elsewhere.id, relation: "partner" })).statusCode).toBe(404);
    expect((await household(elsewhere.id)).statusCode).toBe(404);
    const neighbour = await personBorn(1992);
    const shared = (await join(neighbour.id, { withPersonId: here.id, relation: "partner" })).json();
    await t.database.db.update(persons).set({ householdId: shared.householdId }).where(eq(persons.id, elsewhere.id));
    const seen = (await household(here.id)).json();
    expect(seen.members.map((member: { id: string }) => member.id).sort()).toEqual([here.id, neighbour.id].sort());
  });

  it("refuses to join one's own household", async () => {
    const person = await personBorn(1990);
    const response = await join(person.id, { withPersonId: person.id, relation: "head" });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ pointer: "/body/withPersonId", code: "household_with_self" });
  });
});
