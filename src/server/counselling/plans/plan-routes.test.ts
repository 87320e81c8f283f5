import { and, asc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let bramsche: { userId: string; cookies: Record<string, string> };
let melle: Record<string, string>;
let providerStaff: Record<string, string>;
let providerId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const bramscheUnit = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const { user } = await buildUser(db, { organisation: bramscheUnit });
  bramsche = { userId: user.id, cookies: await signInAs(db, user.id) };
  const melleUnit = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.melle.unitKey,
  });
  melle = await signInAs(db, (await buildUser(db, { organisation: melleUnit })).user.id);
  const provider = await buildProvider(db);
  providerId = provider.id;
  providerStaff = await signInAs(
    db,
    (await buildMember(db, { organisationId: provider.id, role: "provider_staff" })).id,
  );
});
afterAll(() => t.close());

type TMethod = "GET" | "POST" | "PATCH";

function call(method: TMethod, url: string, payload?: object, cookies = bramsche.cookies) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

async function personWithPlan() {
  const person = await buildPerson(t.database.db);
  const created = await call("POST", `/api/persons/${person.id}/integration-plan`, {});
  expect(created.statusCode).toBe(201);
  return { personId: person.id, base: `/api/persons/${person.id}/integration-plan` };
}

async function personWithGoal() {
  const { personId, base } = await personWithPlan();
  const added = await call("POST", `${base}/goals`, { version: 1, fieldOfActionCode: "sprache", title: "Deutsch B1" });
  expect(added.statusCode).toBe(200);
  return { personId, base, goalId: added.json().plan.goals[0].id as string };
}

function fieldErrors(response: { json(): { errors?: { pointer: string; code: string }[] } }) {
  return (response.json().errors ?? []).map(({ pointer, code }) => ({ pointer, code }));
}

describe("the integration plan", () => {
  it("is started, filled with goals and measures, agreed, changed and reviewed; every step audited", async () => {
    const person = await buildPerson(t.database.db);
    const base = `/api/persons/${person.id}/integration-plan`;
    const empty = await call("GET", base);
    expect(empty.json()).toEqual({ plan: null, allowedActions: ["read", "update"] });

    const created = await call("POST", base, { nextReviewOn: "2026-03-01" });
    expect(created.statusCode).toBe(201);
    expect(created.json().plan).toMatchObject({ status: "draft", version: 1, nextReviewOn: "2026-03-01", goals: [] });
    expect((await call("POST", base, {})).statusCode).toBe(409);

    const withGoal = await call("POST", `${base}/goals`, {
      version: 1,
      fieldOfActionCode: "arbeit",
      title: "Ausbildung als Pflegefachkraft",
      description: "Anerkennung des Abschlusses klären",
    });
    const goalId: string = withGoal.json().plan.goals[0].id;
    const withProvider = await call("POST", `${base}/goals/${goalId}/measures`, {
      version: 2,
      title: "Anerkennungsberatung",
      responsibleKind: "provider",
      responsibleOrganisationId: providerId,
      dueOn: "2020-01-15",
    });
    expect(withProvider.statusCode).toBe(200);
    const withCaseworker = await call("POST", `${base}/goals/${goalId}/measures`, {
      version: 3,
      title: "Bewerbung begleiten",
      responsibleKind: "caseworker",
      responsibleUserId: bramsche.userId,
    });
    expect(withCaseworker.json().plan.goals[0].measures).toMatchObject([
      { title: "Anerkennungsberatung", responsibleKind: "provider", dueOn: "2020-01-15", status: "planned" },
      { title: "Bewerbung begleiten", responsibleUserId: bramsche.userId, responsibleUserName: "Test User" },
    ]);

    const agreed = await call("POST", `${base}/agreement`, {
      version: 4,
      agreedOn: "2025-05-02",
      agreedHow: "in_person",
      agreedWith: "Frau Yilmaz und Dolmetscherin",
    });
    expect(agreed.json().plan).toMatchObject({
      status: "agreed",
      version: 5,
      agreement: { agreedOn: "2025-05-02", agreedHow: "in_person", agreedWith: "Frau Yilmaz und Dolmetscherin" },
      changesSinceAgreement: [],
    });

    const measureId: string = agreed.json().plan.goals[0].measures[0].id;
    const changed = await call("PATCH", `${base}/measures/${measureId}`, { version: 5, status: "in_progress" });
    expect(changed.json().plan.status).toBe("agreed");
    expect(changed.json().plan.changesSinceAgreement).toMatchObject([
      { part: "measure", kind: "changed", fields: ["status"], actorName: "Test User" },
    ]);

    const reviewed = await call("POST", `${base}/reviews`, {
      version: 6,
      reviewedOn: "2025-06-01",
      note: "Beratungstermin wahrgenommen.",
      nextReviewOn: "2025-09-01",
    });
    expect(reviewed.json().plan).toMatchObject({
      version: 7,
      nextReviewOn: "2025-09-01",
      reviews: [{ reviewedOn: "2025-06-01", note: "Beratungstermin wahrgenommen.", reviewedByName: "Test User" }],
    });

    const events = await t.database.db
      .select({ action: auditEvents.action, detail: auditEvents.detail, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(and(eq(auditEvents.personId, person.id), like(auditEvents.action, "integration_plan.%")))
      .orderBy(asc(auditEvents.position));
    expect(events.map((event) => event.action)).toEqual([
      "integration_plan.read",
      "integration_plan.create",
      "integration_plan.update",
      "integration_plan.update",
      "integration_plan.update",
      "integration_plan.agree",
      "integration_plan.update",
      "integration_plan.review",
    ]);
    expect(events.every((event) => event.actor === bramsche.userId)).toBe(true);
    expect(events[6]?.detail).toEqual({
      part: "measure",
      kind: "changed",
      subjectId: measureId,
      fields: ["status"],
      isAfterAgreement: true,
    });
    expect(JSON.stringify(events)).not.toContain("Pflegefachkraft");
  });

  it("renews the agreement: changes before the new agreement no longer count as since", async () => {
    const { base, goalId } = await personWithGoal();
    await call("POST", `${base}/agreement`, { version: 2, agreedOn: "2025-01-10", agreedHow: "phone" });
    const changed = await call("PATCH", `${base}/goals/${goalId}`, {
      version: 3,
      title: "Deutsch B2",
      status: "in_progress",
    });
    expect(changed.json().plan.changesSinceAgreement).toMatchObject([{ part: "goal", fields: ["status", "title"] }]);
    const renewed = await call("POST", `${base}/agreement`, { version: 4, agreedOn: "2025-02-01", agreedHow: "video" });
    expect(renewed.json().plan).toMatchObject({ changesSinceAgreement: [], agreement: { agreedHow: "video" } });
  });

  it("refuses a write against a version that is no longer current (409), and saves nothing", async () => {
    const { base } = await personWithPlan();
    const first = await call("POST", `${base}/goals`, { version: 1, fieldOfActionCode: "wohnen", title: "Wohnung" });
    expect(first.statusCode).toBe(200);
    const stale = await call("POST", `${base}/goals`, { version: 1, fieldOfActionCode: "arbeit", title: "Arbeit" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().title).toBe("Der Förderplan wurde inzwischen geändert.");
    const current = await call("GET", base);
    expect(current.json().plan.goals.map((goal: { title: string }) => goal.title)).toEqual(["Wohnung"]);
    expect(current.json().plan.version).toBe(2);
  });
});

describe("field rules", () => {
  it("points at a goal without title and at an unknown field of action", async () => {
    const { base } = await personWithPlan();
    const untitled = await call("POST", `${base}/goals`, { version: 1, fieldOfActionCode: "sprache", title: "   " });
    expect(untitled.statusCode).toBe(422);
    expect(fieldErrors(untitled)).toEqual([{ pointer: "/body/title", code: "plan_title_required" }]);
    const unknown = await call("POST", `${base}/goals`, {
      version: 1,
      fieldOfActionCode: "astrologie",
      title: "Sterne",
    });
    expect(fieldErrors(unknown)).toEqual([{ pointer: "/body/fieldOfActionCode", code: "field_of_action_unknown" }]);
    expect(unknown.json().errors[0].detail).toContain("Handlungsfeld");
  });

  it("points at impossible dates, and at a responsible who does not fit", async () => {
    const { base, goalId } = await personWithGoal();
    const url = `${base}/goals/${goalId}/measures`;
    const impossible = await call("POST", url, {
      version: 2,
      title: "Kurs",
      responsibleKind: "person",
      dueOn: "2025-02-30",
    });
    expect(fieldErrors(impossible)).toEqual([{ pointer: "/body/dueOn", code: "date_invalid" }]);
    const notProvider = await call("POST", url, {
      version: 2,
      title: "Kurs",
      responsibleKind: "provider",
      responsibleOrganisationId: (await buildOrganisation(t.database.db)).id,
    });
    expect(fieldErrors(notProvider)).toEqual([
      { pointer: "/body/responsibleOrganisationId", code: "plan_responsible_not_provider" },
    ]);
    const missing = await call("POST", url, { version: 2, title: "Kurs", responsibleKind: "provider" });
    expect(fieldErrors(missing)).toEqual([
      { pointer: "/body/responsibleOrganisationId", code: "plan_responsible_missing" },
    ]);
    const notCaseworker = await call("POST", url, {
      version: 2,
      title: "Kurs",
      responsibleKind: "caseworker",
      responsibleUserId: (await buildUser(t.database.db, { role: "district_coordinator" })).user.id,
    });
    expect(fieldErrors(notCaseworker)).toEqual([
      { pointer: "/body/responsibleUserId", code: "plan_responsible_not_caseworker" },
    ]);
    const wrongKind = await call("POST", url, {
      version: 2,
      title: "Kurs",
      responsibleKind: "person",
      responsibleOrganisationId: providerId,
    });
    expect(fieldErrors(wrongKind)).toEqual([
      { pointer: "/body/responsibleOrganisationId", code: "plan_responsible_not_allowed" },
    ]);
    expect((await call("GET", base)).json().plan.version).toBe(2);
  });

  it("refuses an agreement and a review in the future, in the reader's language", async () => {
    const { base } = await personWithPlan();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const agreement = await t.app.inject({
      method: "POST",
      url: `${base}/agreement`,
      cookies: bramsche.cookies,
      headers: { "accept-language": "en" },
      payload: { version: 1, agreedOn: tomorrow, agreedHow: "in_writing" },
    });
    expect(fieldErrors(agreement)).toEqual([{ pointer: "/body/agreedOn", code: "agreement_in_future" }]);
    expect(agreement.json().errors[0].detail).toBe("The agreement cannot lie in the future.");
    const review = await call("POST", `${base}/reviews`, { version: 1, reviewedOn: tomorrow, note: "x" });
    expect(fieldErrors(review)).toEqual([{ pointer: "/body/reviewedOn", code: "review_in_future" }]);
  });
});

describe("access", () => {
  it("is not found for a person outside the caseworker's area, and for provider staff", async () => {
    const { base, goalId } = await personWithGoal();
    for (const cookies of [melle, providerStaff]) {
      expect((await call("GET", base, undefined, cookies)).statusCode).toBe(404);
      expect((await call("POST", base, {}, cookies)).statusCode).toBe(404);
      expect((await call("PATCH", base, { version: 2, nextReviewOn: null }, cookies)).statusCode).toBe(404);
      expect(
        (await call("PATCH", `${base}/goals/${goalId}`, { version: 2, status: "dropped" }, cookies)).statusCode,
      ).toBe(404);
      expect((await call("GET", `${base}/document`, undefined, cookies)).statusCode).toBe(404);
    }
    expect((await call("GET", base)).json().plan.goals[0].status).toBe("open");
  });

  it("does not reach a goal of another person's plan through this person's plan", async () => {
    const first = await personWithGoal();
    const second = await personWithPlan();
    const response = await call("PATCH", `${second.base}/goals/${first.goalId}`, { version: 1, title: "Fremd" });
    expect(response.statusCode).toBe(404);
  });

  it("lists providers and the caseworkers of the actor's own organisation as responsible", async () => {
    const response = await call("GET", "/api/integration-plan-responsibles");
    expect(response.json().providers).toContainEqual({ id: providerId, name: expect.any(String) });
    expect(response.json().caseworkers).toEqual([{ id: bramsche.userId, name: "Test User" }]);
  });
});
