import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roles, type TRole } from "../../../common/platform/organisations.js";
import { modules, type TModule } from "../../modules.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { personAssignments, persons } from "../arrival-tables.js";

/** Stands in for the referral module: (provider organisation, person) pairs with an active referral and consent. */
const referrals: { organisationId: string; personId: string }[] = [];
const referralStandIn: TModule = {
  name: "referral-stand-in",
  personScopes: [
    {
      name: "referral",
      buildCondition(grant) {
        if (grant.membership.organisationKind !== "provider") return undefined;
        const ids = referrals
          .filter((referral) => referral.organisationId === grant.membership.organisationId)
          .map((referral) => referral.personId);
        return ids.length > 0 ? inArray(persons.id, ids) : undefined;
      },
    },
  ],
};

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp({ modules: [...modules, referralStandIn] });
});
afterAll(() => t.close());

async function signIn(options: Parameters<typeof buildUser>[1]) {
  const { user, organisation } = await buildUser(t.database.db, options);
  return { user, organisation, cookies: await signInAs(t.database.db, user.id) };
}

async function caseworkerOf(municipalUnitKey: string) {
  const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey });
  return signIn({ role: "caseworker", organisation });
}

function getPerson(id: string, cookies: Record<string, string>, purpose?: string) {
  const query = purpose ? `?purpose=${encodeURIComponent(purpose)}` : "";
  return t.app.inject({ method: "GET", url: `/api/persons/${id}${query}`, cookies });
}

async function listNames(cookies: Record<string, string>, search: string) {
  const response = await t.app.inject({ method: "GET", url: `/api/persons?search=${search}`, cookies });
  expect(response.statusCode).toBe(200);
  return (response.json().items as { familyName: string }[]).map((item) => item.familyName);
}

describe("person records across tenants", () => {
  it("asks for a login first", async () => {
    const person = await buildPerson(t.database.db);
    expect((await t.app.inject({ method: "GET", url: "/api/persons" })).statusCode).toBe(401);
    expect((await getPerson(person.id, {})).statusCode).toBe(401);
  });

  it("shows a municipal caseworker the persons of their municipality only; others are 404", async () => {
    const bramsche = await caseworkerOf(testGeography.bramsche.unitKey);
    const own = await buildPerson(t.database.db, { familyName: "Scope-Own-Bramsche" });
    const foreign = await buildPerson(t.database.db, {
      municipalityAgs: testGeography.melle.municipalityAgs,
      familyName: "Scope-Foreign-Melle",
    });

    const ownResponse = await getPerson(own.id, bramsche.cookies);
    expect(ownResponse.statusCode).toBe(200);
    expect(ownResponse.json().allowedActions).toEqual(["read", "update"]);

    const foreignResponse = await getPerson(foreign.id, bramsche.cookies);
    expect(foreignResponse.statusCode).toBe(404);
    expect(foreignResponse.json().title).toBe("Nicht gefunden.");
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/api/persons/${foreign.id}`,
      cookies: bramsche.cookies,
      payload: { givenName: "Changed" },
    });
    expect(patch.statusCode).toBe(404);
    const [unchanged] = await t.database.db.select().from(persons).where(eq(persons.id, foreign.id));
    expect(unchanged?.givenName).toBe("Test");
    expect(await listNames(bramsche.cookies, "Scope-")).toEqual(expect.arrayContaining(["Scope-Own-Bramsche"]));
    expect(await listNames(bramsche.cookies, "Scope-")).not.toContain("Scope-Foreign-Melle");
  });

  it("lets a joint municipality's caseworker see its member municipalities", async () => {
    const bersenbrueck = await caseworkerOf(testGeography.bersenbrueck.unitKey);
    const member = await buildPerson(t.database.db, { municipalityAgs: testGeography.bersenbrueck.memberAgs });
    const outside = await buildPerson(t.database.db);
    expect((await getPerson(member.id, bersenbrueck.cookies)).statusCode).toBe(200);
    expect((await getPerson(outside.id, bersenbrueck.cookies)).statusCode).toBe(404);
  });

  it("gives the district's caseworkers the whole district", async () => {
    const district = await signIn({ role: "caseworker" });
    for (const municipalityAgs of [testGeography.bramsche.municipalityAgs, testGeography.melle.municipalityAgs]) {
      const person = await buildPerson(t.database.db, { municipalityAgs });
      expect((await getPerson(person.id, district.cookies)).statusCode).toBe(200);
    }
  });

  it("keeps an assigned case visible after a move, until it is handed over", async () => {
    const bramsche = await caseworkerOf(testGeography.bramsche.unitKey);
    const moved = await buildPerson(t.database.db, { municipalityAgs: testGeography.melle.municipalityAgs });
    const [assignment] = await t.database.db
      .insert(personAssignments)
      .values({ personId: moved.id, userId: bramsche.user.id })
      .returning();
    expect((await getPerson(moved.id, bramsche.cookies)).statusCode).toBe(200);
    await t.database.db
      .update(personAssignments)
      .set({ endedAt: sql`now()` })
      .where(eq(personAssignments.id, assignment?.id ?? ""));
    expect((await getPerson(moved.id, bramsche.cookies)).statusCode).toBe(404);
  });

  it("shows a provider only persons referred to it, read-only", async () => {
    const provider = await buildOrganisation(t.database.db, { kind: "provider" });
    const staff = await signIn({ role: "provider_staff", organisation: provider });
    const referred = await buildPerson(t.database.db, { familyName: "Scope-Referred" });
    const other = await buildPerson(t.database.db, { familyName: "Scope-Not-Referred" });
    expect((await getPerson(referred.id, staff.cookies)).statusCode).toBe(404);

    referrals.push({ organisationId: provider.id, personId: referred.id });
    const response = await getPerson(referred.id, staff.cookies);
    expect(response.statusCode).toBe(200);
    expect(response.json().allowedActions).toEqual(["read"]);
    expect((await getPerson(other.id, staff.cookies)).statusCode).toBe(404);
    expect(await listNames(staff.cookies, "Scope-")).toEqual(["Scope-Referred"]);
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/api/persons/${referred.id}`,
      cookies: staff.cookies,
      payload: { givenName: "Changed" },
    });
    expect(patch.statusCode).toBe(404);

    const otherProvider = await signIn({
      role: "provider_staff",
      organisation: await buildOrganisation(t.database.db, { kind: "provider" }),
    });
    expect((await getPerson(referred.id, otherProvider.cookies)).statusCode).toBe(404);
  });

  const withoutSingleRecords: TRole[] = ["district_coordinator", "content_editor", "auditor", "administrator"];
  it.each(withoutSingleRecords)("answers 404 to %s on any single person and on the list", async (role) => {
    const actor = await signIn({ role });
    const person = await buildPerson(t.database.db);
    expect((await getPerson(person.id, actor.cookies)).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/api/persons", cookies: actor.cookies })).statusCode).toBe(404);
  });

  it("covers every role in the cases above", () => {
    const covered = new Set<TRole>([...withoutSingleRecords, "caseworker", "provider_staff"]);
    expect(roles.filter((role) => !covered.has(role))).toEqual(["provider_admin", "volunteer_coordinator"]);
  });

  it.each(["provider_admin", "volunteer_coordinator"] as const)(
    "gives %s nothing without a referral or match",
    async (role) => {
      const actor = await signIn({ role });
      const person = await buildPerson(t.database.db);
      expect((await getPerson(person.id, actor.cookies)).statusCode).toBe(404);
      const list = await t.app.inject({ method: "GET", url: "/api/persons", cookies: actor.cookies });
      expect(list.json().total).toBe(0);
    },
  );
});

describe("auditing person access", () => {
  it("records a read with its purpose, and nothing for a refused read", async () => {
    const bramsche = await caseworkerOf(testGeography.bramsche.unitKey);
    const own = await buildPerson(t.database.db);
    const foreign = await buildPerson(t.database.db, { municipalityAgs: testGeography.melle.municipalityAgs });
    await getPerson(own.id, bramsche.cookies, "Erstgespräch");
    await getPerson(foreign.id, bramsche.cookies);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, bramsche.user.id), eq(auditEvents.action, "person.read")));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      personId: own.id,
      subjectType: "person",
      subjectId: own.id,
      purpose: "Erstgespräch",
      organisationIds: [bramsche.organisation.id],
      ipAddress: "127.0.0.1",
    });
  });

  it("records every listed person and every change with the fields changed, never their contents", async () => {
    const bramsche = await caseworkerOf(testGeography.bramsche.unitKey);
    const person = await buildPerson(t.database.db, { familyName: "Audit-Listed" });
    await listNames(bramsche.cookies, "Audit-Listed");
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/api/persons/${person.id}`,
      cookies: bramsche.cookies,
      payload: { familyName: "Audit-Renamed", purpose: "Schreibweise korrigiert" },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().familyName).toBe("Audit-Renamed");
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.personId, person.id))
      .orderBy(auditEvents.position);
    expect(events.map((event) => event.action)).toEqual(["person.list", "person.update"]);
    expect(events[1]?.detail).toEqual({ fields: ["familyName"] });
    expect(JSON.stringify(events)).not.toContain("Audit-Renamed");
  });

  it("rejects an invalid change with field messages and leaves no trace", async () => {
    const bramsche = await caseworkerOf(testGeography.bramsche.unitKey);
    const person = await buildPerson(t.database.db);
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/api/persons/${person.id}`,
      cookies: bramsche.cookies,
      payload: { givenName: "", familyName: "" },
    });
    expect(patch.statusCode).toBe(422);
    expect(patch.json().errors[0].pointer).toBe("/body/familyName");
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.personId, person.id));
    expect(events).toHaveLength(0);
  });
});
