import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TIndicatorCell, TIndicatorTable } from "../../../common/steering/indicator-schemas.js";
import { testGeography } from "../../testing/factories.js";
import { buildPublishedOffer } from "../../testing/offer-factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildConceptPeople, buildSend, type TSend } from "../concept/concept-test-helpers.js";
import { buildIndicatorData } from "./indicator-test-data.js";
import { refreshAggregates } from "./refresh-aggregates.js";

let t: TTestApp;
let send: TSend;
let people: Awaited<ReturnType<typeof buildConceptPeople>>;
const bramsche = testGeography.bramsche.municipalityAgs;
const melle = testGeography.melle.municipalityAgs;
const ankum = testGeography.bersenbrueck.memberAgs;

/**
 * Bramsche: 12 newcomers (first contact after 10 days, 6 interviewed in time, 6 referred to a
 * language course, accepted within 2 days and started, 6 open needs in "sprache", 5 of them unmet),
 * 5 cases closed with goals reached and 2 as moved away, and one newcomer who refused statistics.
 * Melle: 7 (first contact after 5 days; 6 referrals declined after 4 days). Ankum: 3 (after 4 days).
 */
beforeAll(async () => {
  t = await createTestApp();
  send = buildSend(t);
  const db = t.database.db;
  people = await buildConceptPeople(db);
  const data = buildIndicatorData(db);
  const course = await buildPublishedOffer(db, people.providerB.id, {
    category: "language_course",
    fieldsOfAction: ["sprache"],
  });
  const refer = (person: { id: string; consentId: string }, extra: Record<string, unknown>) =>
    data.referral({
      person,
      providerId: people.providerB.id,
      offerId: course.id,
      sentByOrganisationId: people.districtOffice.id,
      sentAt: "2025-02-01T10:00:00Z",
      ...extra,
    });
  for (let index = 0; index < 12; index++) {
    const person = await data.person({ ags: bramsche, arrivedOn: "2025-01-06", firstContactOn: "2025-01-16" });
    if (index < 6) {
      const interview = await data.interview(person.id, "2025-01-20T09:00:00Z");
      const need = await data.need(person.id, interview, "sprache", "2025-01-20T09:00:00Z");
      const unmet = {
        id: need,
        personId: person.id,
        field: "sprache",
        ags: bramsche,
        recordedAt: "2025-01-21T05:00:00Z",
      };
      await data.unmetNeed(unmet, index === 5);
      await refer(person, { answeredAfterDays: 2, accepted: true, startedAt: "2025-03-01T08:00:00Z" });
    }
    if (index < 7) {
      await data.closedCase(
        person.id,
        people.districtOffice.id,
        index < 5 ? "goals_reached" : "moved_away",
        "2025-03-10T12:00:00Z",
      );
    }
  }
  const refusing = await data.person({
    ags: bramsche,
    arrivedOn: "2025-01-06",
    firstContactOn: "2025-04-16",
    statistics: false,
  });
  await data.interview(refusing.id, "2025-01-07T09:00:00Z");
  for (let index = 0; index < 7; index++) {
    const person = await data.person({ ags: melle, arrivedOn: "2025-02-03", firstContactOn: "2025-02-08" });
    if (index < 6) await refer(person, { answeredAfterDays: 4, accepted: false });
  }
  for (let index = 0; index < 3; index++) {
    await data.person({ ags: ankum, arrivedOn: "2025-02-10", firstContactOn: "2025-02-14" });
  }
  await refreshAggregates(db);
});
afterAll(() => t.close());

async function table(key: string, query: string): Promise<TIndicatorTable> {
  const response = await send(
    "GET",
    `/api/steering/indicators/${key}/table?from=2025-01&to=2025-06&${query}`,
    people.coordinator,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const rowOf = (result: TIndicatorTable, label: string) => result.rows.find((row) => row.label === label)?.total;
const shown = (value: number, count: number): TIndicatorCell => ({ value, count, suppressed: false });
const hidden: TIndicatorCell = { value: null, count: null, suppressed: true };

describe("indicators: access", () => {
  it("answers 401 anonymous and 403 to other roles", async () => {
    const url = "/api/steering/indicators/unmet_needs/table?from=2025-01&to=2025-06";
    expect((await send("GET", url, {})).statusCode).toBe(401);
    for (const cookies of [people.caseworker, people.administrator, people.auditor, people.unitCaseworker]) {
      expect((await send("GET", url, cookies)).statusCode).toBe(403);
      expect((await send("GET", "/api/steering/dashboard?from=2025-01&to=2025-06", cookies)).statusCode).toBe(403);
      expect((await send("POST", "/api/steering/indicators/refresh", cookies)).statusCode).toBe(403);
    }
  });

  it("rejects a range that ends before it starts and an unknown indicator", async () => {
    const backwards = await send("GET", "/api/steering/dashboard?from=2025-06&to=2025-01", people.coordinator);
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().errors[0].pointer).toBe("/querystring/to");
    const unknown = await send(
      "GET",
      "/api/steering/indicators/persons/table?from=2025-01&to=2025-06",
      people.coordinator,
    );
    expect(unknown.statusCode).toBe(422);
  });
});

describe("indicators: values with small counts suppressed", () => {
  it("averages the days to first contact per unit, hiding the small one and a second so the total gives nothing away", async () => {
    const result = await table("days_arrival_to_first_contact", "rows=unit");
    expect(rowOf(result, "Bramsche")).toEqual(shown(10, 12));
    expect(rowOf(result, "Samtgemeinde Bersenbrück")).toEqual(hidden);
    expect(rowOf(result, "Melle")).toEqual(hidden);
    // The person who refused statistics (90 days) is not counted.
    expect(result.total).toEqual(shown(7.6, 22));
  });

  it("gives a series by month and by quarter", async () => {
    const months = await table("days_arrival_to_first_contact", "rows=period&granularity=month");
    expect(months.rows.map((row) => [row.key, row.total.count])).toEqual([
      ["2025-01", 12],
      ["2025-02", 10],
      ["2025-03", 0],
      ["2025-04", 0],
      ["2025-05", 0],
      ["2025-06", 0],
    ]);
    const quarters = await table("days_arrival_to_first_contact", "rows=period&granularity=quarter");
    expect(quarters.rows.map((row) => [row.label, row.total.value])).toEqual([
      ["2025 Q1", 7.6],
      ["2025 Q2", null],
    ]);
  });

  it("computes the shares of first interviews and language courses in time by arrival", async () => {
    const interviews = await table("first_interview_within_target_share", "rows=municipality");
    expect(rowOf(interviews, "Bramsche")).toEqual(shown(50, 12));
    // Ankum's 3 are hidden, and so is the next smallest (Melle, 0 of 7), or the total would give Ankum away.
    expect(rowOf(interviews, "Ankum")).toEqual(hidden);
    expect(rowOf(interviews, "Melle")).toEqual(hidden);
    expect(interviews.total).toEqual(shown(27.3, 22));
    const courses = await table("language_course_within_three_months_share", "rows=unit");
    expect(rowOf(courses, "Bramsche")).toEqual(shown(50, 12));
  });

  it("counts referrals by field, their acceptance and the days to an answer", async () => {
    const byField = await table("referrals_by_field", "rows=dimension&columns=unit");
    const language = byField.rows.find((row) => row.key === "sprache");
    expect(language?.label).toBe("Sprache");
    expect(language?.total).toEqual(shown(12, 12));
    const acceptance = await table("referral_acceptance_rate", "rows=unit");
    expect(rowOf(acceptance, "Bramsche")).toEqual(shown(100, 6));
    expect(rowOf(acceptance, "Melle")).toEqual(shown(0, 6));
    expect(acceptance.total).toEqual(shown(50, 12));
    const days = await table("referral_days_to_answer", "rows=unit");
    expect(days.total).toEqual(shown(3, 12));
  });

  it("counts open needs, unmet needs and case outcomes", async () => {
    const needs = await table("needs_by_field_and_municipality", "rows=dimension");
    expect(needs.rows.find((row) => row.key === "sprache")?.total).toEqual(shown(6, 6));
    const unmet = await table("unmet_needs", "rows=municipality&columns=dimension");
    const bramscheRow = unmet.rows.find((row) => row.key === bramsche);
    expect(bramscheRow?.total).toEqual(shown(5, 5));
    const outcomes = await table("case_outcomes", "rows=dimension");
    // 2 moved away are hidden, and so are the 5 with goals reached: else 7 − 5 would tell.
    expect(outcomes.rows.find((row) => row.key === "moved_away")?.total).toEqual(hidden);
    expect(outcomes.rows.find((row) => row.key === "goals_reached")?.total).toEqual(hidden);
    expect(outcomes.total).toEqual(shown(7, 7));
  });

  it("labels in English when asked", async () => {
    const response = await send(
      "GET",
      "/api/steering/indicators/case_outcomes/table?from=2025-01&to=2025-06&rows=dimension",
      people.coordinator,
      undefined,
      "en",
    );
    expect(response.json().rows[0].label).toBe("goals reached");
  });
});

describe("indicators: dashboard and refresh", () => {
  it("gives every indicator over time in one answer", async () => {
    const response = await send(
      "GET",
      "/api/steering/dashboard?from=2025-01&to=2025-06&granularity=quarter",
      people.coordinator,
    );
    expect(response.statusCode).toBe(200);
    const dashboard = response.json();
    expect(dashboard.indicators).toHaveLength(9);
    expect(dashboard.refreshedAt).not.toBeNull();
    const firstContact = dashboard.indicators.find(
      (indicator: TIndicatorTable) => indicator.indicatorKey === "days_arrival_to_first_contact",
    );
    expect(firstContact.rows[0].total).toEqual(shown(7.6, 22));
  });

  it("tells when the aggregates were computed and queues a refresh", async () => {
    const latest = await send("GET", "/api/steering/indicators/refresh", people.coordinator);
    expect(latest.json().rowCount).toBeGreaterThan(0);
    const queued = await send("POST", "/api/steering/indicators/refresh", people.coordinator);
    expect(queued.statusCode).toBe(202);
    expect(queued.json().jobId).toEqual(expect.any(String));
  });
});

describe("indicators: a period's sub-goals against baseline and targets", () => {
  it("gives each sub-goal's computed value per year in its own field of action, or the values entered by hand", async () => {
    const period = await send("POST", "/api/steering/concept-periods", people.coordinator, {
      name: "Konzept 2025–2026",
      startYear: 2025,
      endYear: 2026,
    });
    const periodId = period.json().id;
    const statement = await send("POST", `/api/steering/concept-periods/${periodId}/statements`, people.coordinator, {
      fieldOfActionCode: "sprache",
      guidingPrinciple: "Deutsch für alle.",
    });
    const subGoals = `/api/steering/statements/${statement.json().id}/sub-goals`;
    await send("POST", subGoals, people.coordinator, {
      title: "Mehr Vermittlungen in Sprachkurse",
      indicatorKey: "referrals_by_field",
      baseline: { value: 8, year: 2024, source: "Fallakten" },
      targets: [{ year: 2025, value: 20 }],
    });
    const manual = await send("POST", subGoals, people.coordinator, { title: "Mehr B1-Abschlüsse" });
    await send("POST", `/api/steering/sub-goals/${manual.json().id}/values`, people.coordinator, {
      year: 2026,
      value: 41.5,
      source: "BAMF-Integrationskursstatistik",
    });
    const response = await send("GET", `/api/steering/concept-periods/${periodId}/indicators`, people.coordinator);
    expect(response.statusCode, response.body).toBe(200);
    const [computed, entered] = response.json().subGoals;
    expect(computed).toMatchObject({ source: "computed", baseline: { value: 8, year: 2024 } });
    expect(computed.years).toEqual([
      { year: 2025, value: 12, suppressed: false, target: 20, source: null },
      { year: 2026, value: 0, suppressed: false, target: null, source: null },
    ]);
    expect(entered.source).toBe("manual");
    expect(entered.years[1]).toEqual({
      year: 2026,
      value: 41.5,
      suppressed: false,
      target: null,
      source: "BAMF-Integrationskursstatistik",
    });
    expect(
      (await send("GET", `/api/steering/concept-periods/${periodId}/indicators`, people.caseworker)).statusCode,
    ).toBe(403);
  });
});
