import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { buildOrganisation, buildPerson, buildUser, testGeography } from "../../testing/factories.js";
import { buildPublishedOffer } from "../../testing/offer-factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { matchAllPersons } from "./match-all-persons.js";
import { unmetNeeds } from "./unmet-need-tables.js";

let t: TTestApp;
let bramsche: Record<string, string>;
let melle: Record<string, string>;
let provider: Record<string, string>;
let providerId: string;

const answers = {
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
  has_children: false,
  currently_working: "no",
  job_counselling_wanted: false,
  health_insurance: "statutory",
  family_doctor: true,
  health_support_wanted: false,
  mobility: ["bus_train"],
  max_travel_km: 20,
  available_times: ["mornings"],
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
  const organisation = await buildProvider(t.database.db, "language_school");
  providerId = organisation.id;
  provider = await signInAs(
    t.database.db,
    (await buildMember(t.database.db, { organisationId: providerId, role: "provider_staff" })).id,
  );
});
afterAll(() => t.close());

function call(method: "GET" | "POST" | "PUT", url: string, cookies: Record<string, string>, payload?: object) {
  return t.app.inject({ method, url, cookies, ...(payload ? { payload } : {}) });
}

/** A person in Bramsche with a completed first interview (German A1: an integration course is needed). */
async function interviewedPerson() {
  const person = await buildPerson(t.database.db);
  const started = await call("POST", `/api/persons/${person.id}/assessments`, bramsche, {
    questionnaireKey: "first-interview",
  });
  const saved = await call("PUT", `/api/assessments/${started.json().id}/answers`, bramsche, {
    answers,
    version: 1,
    currentSectionId: null,
  });
  expect(saved.statusCode).toBe(200);
  const done = await call("POST", `/api/assessments/${started.json().id}/complete`, bramsche, { version: 2 });
  expect(done.statusCode).toBe(200);
  return person.id;
}

type TItem = {
  need: { id: string; code: string };
  matches: { title: string; reasons: { code: string }[] }[];
  excluded: { title: string; reasons: { code: string; effect: string }[] }[];
  isUnmet: boolean;
};
const itemOf = (body: { items: TItem[] }, code: string) => body.items.find((item) => item.need.code === code);

describe("GET /api/persons/:id/matches", () => {
  it("ranks offers per need with reasons, shows excluded ones on demand, and records unmet needs once", async () => {
    await buildPublishedOffer(t.database.db, providerId, {
      title: "Integrationskurs am Vormittag",
      category: "language_course",
      courseType: "ik_allgemein",
      fieldsOfAction: ["sprache"],
      cefrFrom: "A1",
      cefrTo: "B1",
      timeSlots: ["mornings"],
      capacity: 20,
      freePlaces: 4,
    });
    await buildPublishedOffer(t.database.db, providerId, {
      title: "Berufssprachkurs B2",
      category: "language_course",
      courseType: "ik_intensiv",
      fieldsOfAction: ["sprache"],
      cefrFrom: "B2",
      cefrTo: "C1",
    });
    const personId = await interviewedPerson();

    const response = await call("GET", `/api/persons/${personId}/matches?includeExcluded=true`, bramsche);
    expect(response.statusCode).toBe(200);
    const course = itemOf(response.json(), "integration_course");
    expect(course?.matches.map((match) => match.title)).toEqual(["Integrationskurs am Vormittag"]);
    expect(course?.matches[0]?.reasons.map((reason) => reason.code)).toEqual(
      expect.arrayContaining(["need_addressed", "level_fits", "distance_within", "time_fits", "free_places"]),
    );
    expect(course?.excluded.map((match) => match.title)).toEqual(["Berufssprachkurs B2"]);
    expect(course?.excluded[0]?.reasons.find((reason) => reason.effect === "excludes")?.code).toBe("level_too_low");

    const recognition = itemOf(response.json(), "qualification_recognition");
    expect(recognition).toMatchObject({ matches: [], isUnmet: true });
    await call("GET", `/api/persons/${personId}/matches`, bramsche);
    const open = await t.database.db
      .select()
      .from(unmetNeeds)
      .where(and(eq(unmetNeeds.personId, personId), isNull(unmetNeeds.resolvedAt)));
    expect(open.map((row) => row.needCode)).toContain("qualification_recognition");
    expect(open.filter((row) => row.needCode === "qualification_recognition")).toHaveLength(1);
    expect(open.map((row) => row.needCode)).not.toContain("integration_course");
    expect(open[0]?.municipalityAgs).toBe(testGeography.bramsche.municipalityAgs);

    await buildPublishedOffer(t.database.db, providerId, {
      title: "Anerkennungsberatung",
      category: "recognition_counselling",
      fieldsOfAction: ["bildung"],
      isOnline: true,
      municipalityAgs: null,
    });
    const batch = await matchAllPersons(t.database.db, 2, todayInBerlin());
    expect(batch.resolved).toBeGreaterThanOrEqual(1);
    const [resolved] = await t.database.db
      .select()
      .from(unmetNeeds)
      .where(and(eq(unmetNeeds.personId, personId), eq(unmetNeeds.needCode, "qualification_recognition")));
    expect(resolved?.resolvedAt).not.toBeNull();
  });

  it("answers 401 anonymous and 404 outside the scope, to providers and for unknown persons", async () => {
    const personId = await interviewedPerson();
    expect((await t.app.inject({ method: "GET", url: `/api/persons/${personId}/matches` })).statusCode).toBe(401);
    expect((await call("GET", `/api/persons/${personId}/matches`, melle)).statusCode).toBe(404);
    expect((await call("GET", `/api/persons/${personId}/matches`, provider)).statusCode).toBe(404);
    expect((await call("GET", `/api/persons/${crypto.randomUUID()}/matches`, bramsche)).statusCode).toBe(404);
  });

  it("gives a person without a completed interview no needs to match", async () => {
    const person = await buildPerson(t.database.db);
    const response = await call("GET", `/api/persons/${person.id}/matches`, bramsche);
    expect(response.json()).toEqual({ assessmentId: null, items: [] });
  });
});
