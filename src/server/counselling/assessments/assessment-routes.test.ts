import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let bramsche: Record<string, string>;
let melle: Record<string, string>;
let provider: Record<string, string>;

/** Answers for every required question of the first interview, in its order. */
const complete = {
  residence_category: "voruebergehender_schutz",
  residence_counselling_wanted: false,
  housing_situation: "own_flat",
  housing_search: false,
  german_level: "A1",
  integration_course_status: "entitled",
  literate_latin: true,
  school_years: 11,
  highest_degree: "university",
  recognition_wanted: true,
  has_children: true,
  kita_place_needed: true,
  school_place_needed: false,
  currently_working: "no",
  job_counselling_wanted: true,
  health_insurance: "statutory",
  family_doctor: true,
  health_support_wanted: false,
  mobility: ["bus_train"],
  max_travel_km: 25,
  available_times: ["mornings"],
  childcare_constraint: true,
  volunteering_interest: false,
  mentor_wanted: false,
};

beforeAll(async () => {
  t = await createTestApp();
  const caseworkerOf = async (municipalUnitKey: string) => {
    const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey });
    const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
    return signInAs(t.database.db, user.id);
  };
  bramsche = await caseworkerOf(testGeography.bramsche.unitKey);
  melle = await caseworkerOf(testGeography.melle.unitKey);
  const providerOrganisation = await buildProvider(t.database.db);
  const providerUser = await buildMember(t.database.db, {
    organisationId: providerOrganisation.id,
    role: "provider_staff",
  });
  provider = await signInAs(t.database.db, providerUser.id);
});
afterAll(() => t.close());

function call(method: "GET" | "POST" | "PUT", url: string, cookies: Record<string, string>, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

async function started(cookies = bramsche) {
  const person = await buildPerson(t.database.db);
  const response = await call("POST", `/api/persons/${person.id}/assessments`, cookies, {
    questionnaireKey: "first-interview",
  });
  expect(response.statusCode).toBe(201);
  return { personId: person.id, assessment: response.json() as { id: string; version: number } };
}

function save(id: string, answers: object, version: number, currentSectionId: string | null = "aufenthalt") {
  return call("PUT", `/api/assessments/${id}/answers`, bramsche, { answers, version, currentSectionId });
}

describe("running a first interview", () => {
  it("starts under the current version at the first section, once per person at a time", async () => {
    const { personId, assessment } = await started();
    expect(assessment).toMatchObject({
      questionnaireVersion: 1,
      status: "in_progress",
      currentSectionId: "aufenthalt",
    });
    const again = await call("POST", `/api/persons/${personId}/assessments`, bramsche, {
      questionnaireKey: "first-interview",
    });
    expect(again.statusCode).toBe(409);
    const unknown = await call("POST", `/api/persons/${personId}/assessments`, bramsche, {
      questionnaireKey: "tax-return",
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0]).toMatchObject({
      pointer: "/body/questionnaireKey",
      code: "questionnaire_unknown",
    });
  });

  it("saves a section and resumes where it stopped; a stale save is refused", async () => {
    const { assessment } = await started();
    const saved = await save(
      assessment.id,
      { residence_category: "duldung", permit_expiry: "2027-01-31" },
      1,
      "wohnen",
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 2,
      currentSectionId: "wohnen",
      answers: { residence_category: "duldung" },
    });
    const read = await call("GET", `/api/assessments/${assessment.id}`, bramsche);
    expect(read.json()).toMatchObject({ currentSectionId: "wohnen", answers: { permit_expiry: "2027-01-31" } });
    expect((await save(assessment.id, { housing_search: true }, 1)).statusCode).toBe(409);
  });

  it("answers field by field what violates the definition, and keeps nothing of that save", async () => {
    const { assessment } = await started();
    const response = await save(
      assessment.id,
      {
        residence_category: "niederlassung",
        permit_expiry: "2027-01-31",
        housing_situation: "castle",
        household_size: "two",
      },
      1,
    );
    expect(response.statusCode).toBe(422);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const codes = Object.fromEntries(
      (response.json().errors as { pointer: string; code: string }[]).map((error) => [error.pointer, error.code]),
    );
    expect(codes).toEqual({
      "/body/answers/permit_expiry": "answer_hidden",
      "/body/answers/housing_situation": "answer_unknown_option",
      "/body/answers/household_size": "answer_wrong_type",
    });
    const read = await call("GET", `/api/assessments/${assessment.id}`, bramsche);
    expect(read.json()).toMatchObject({ version: 1, answers: {} });
  });

  it("drops answers that a changed earlier answer hides", async () => {
    const { assessment } = await started();
    await save(assessment.id, { has_children: true, kita_place_needed: true }, 1);
    const changed = await save(assessment.id, { has_children: false }, 2);
    expect(changed.json().answers).toEqual({ has_children: false });
  });

  it("completes only with every shown required question answered, then derives the needs profile", async () => {
    const { personId, assessment } = await started();
    await save(assessment.id, { residence_category: "duldung" }, 1);
    const early = await call("POST", `/api/assessments/${assessment.id}/complete`, bramsche, { version: 2 });
    expect(early.statusCode).toBe(422);
    const pointers = (early.json().errors as { pointer: string }[]).map((error) => error.pointer);
    expect(pointers).toContain("/body/answers/german_level");
    expect(pointers).not.toContain("/body/answers/kita_place_needed");

    await save(assessment.id, { ...complete, residence_category: "voruebergehender_schutz" }, 2);
    const done = await call("POST", `/api/assessments/${assessment.id}/complete`, bramsche, { version: 3 });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: "completed", completedBy: { displayName: expect.any(String) } });
    expect((await save(assessment.id, { work_wish: "Pflege" }, 4)).statusCode).toBe(409);

    const profile = (await call("GET", `/api/persons/${personId}/needs`, bramsche)).json();
    expect(profile.assessmentId).toBe(assessment.id);
    expect(profile.needs.map((need: { code: string }) => need.code)).toEqual([
      "integration_course",
      "kita_place",
      "childcare_for_courses",
      "job_counselling",
      "qualification_recognition",
    ]);
    expect(profile.needs[0]).toMatchObject({ fieldOfAction: "sprache", priority: "high", status: "open" });

    expect((await call("GET", `/api/assessments/${assessment.id}`, bramsche)).statusCode).toBe(200);
    const timeline = (await call("GET", `/api/persons/${personId}/timeline`, bramsche)).json();
    expect(timeline.items.map((entry: { kind: string }) => entry.kind).slice(0, 2)).toEqual([
      "assessment_completed",
      "assessment_started",
    ]);
    const audited = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, assessment.id), eq(auditEvents.personId, personId)));
    expect(audited.map((event) => event.action)).toEqual(
      expect.arrayContaining(["assessment.start", "assessment.update", "assessment.complete", "assessment.read"]),
    );
  });

  it("shows what changed at a re-assessment, and the new profile replaces the old", async () => {
    const { personId, assessment } = await started();
    await save(assessment.id, complete, 1);
    await call("POST", `/api/assessments/${assessment.id}/complete`, bramsche, { version: 2 });
    const first = await call("GET", `/api/assessments/${assessment.id}/changes`, bramsche);
    expect(first.json()).toMatchObject({ previous: null, answers: [] });

    const second = (
      await call("POST", `/api/persons/${personId}/assessments`, bramsche, { questionnaireKey: "first-interview" })
    ).json();
    await save(
      second.id,
      { ...complete, german_level: "B1", integration_course_status: "completed", kita_place_needed: false },
      1,
    );
    await call("POST", `/api/assessments/${second.id}/complete`, bramsche, { version: 2 });
    const changes = (await call("GET", `/api/assessments/${second.id}/changes`, bramsche)).json();
    expect(changes.previous.id).toBe(assessment.id);
    expect(changes.answers.map((answer: { questionId: string }) => answer.questionId)).toEqual([
      "german_level",
      "integration_course_status",
      "kita_place_needed",
    ]);
    expect(changes.answers[0]).toMatchObject({ before: "A1", after: "B1" });
    expect(changes.needsAdded.map((need: { code: string }) => need.code)).toEqual(["job_language_course"]);
    expect(changes.needsRemoved.map((need: { code: string }) => need.code).sort()).toEqual([
      "integration_course",
      "kita_place",
    ]);
    const profile = (await call("GET", `/api/persons/${personId}/needs`, bramsche)).json();
    expect(profile.assessmentId).toBe(second.id);
    expect(profile.needs.every((need: { assessmentId: string }) => need.assessmentId === second.id)).toBe(true);
  });
});

describe("who may see an assessment", () => {
  it("is nobody outside the person scope, and no provider: all 404", async () => {
    const { personId, assessment } = await started();
    for (const cookies of [melle, provider]) {
      expect((await call("GET", `/api/assessments/${assessment.id}`, cookies)).statusCode).toBe(404);
      expect((await call("GET", `/api/persons/${personId}/needs`, cookies)).statusCode).toBe(404);
      expect((await call("GET", `/api/persons/${personId}/assessments`, cookies)).statusCode).toBe(404);
      const foreign = await call("PUT", `/api/assessments/${assessment.id}/answers`, cookies, {
        answers: { housing_search: true },
        version: 1,
        currentSectionId: null,
      });
      expect(foreign.statusCode).toBe(404);
    }
    expect((await save(assessment.id, { housing_search: true }, 1)).statusCode).toBe(200);
    expect(
      (await call("POST", `/api/persons/${personId}/assessments`, melle, { questionnaireKey: "first-interview" }))
        .statusCode,
    ).toBe(404);
  });
});
