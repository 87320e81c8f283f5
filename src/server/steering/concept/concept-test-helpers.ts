import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { TRole } from "../../../common/platform/organisations.js";
import type { TDb } from "../../platform/db/database.js";
import { buildOrganisation } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import type { TTestApp } from "../../testing/test-app.js";

/** A district coordinator, district staff in other roles, and two providers to name as responsible or partner. */
export async function buildConceptPeople(db: TDb) {
  const district = await buildOrganisation(db);
  const memberOf = async (role: TRole, organisationId = district.id) =>
    signInAs(db, (await buildMember(db, { organisationId, role, displayName: `Test ${role}` })).id);
  const unit = await buildOrganisation(db, { kind: "municipal_unit" });
  return {
    coordinator: await memberOf("district_coordinator"),
    secondCoordinator: await memberOf("district_coordinator"),
    caseworker: await memberOf("caseworker"),
    contentEditor: await memberOf("content_editor"),
    administrator: await memberOf("administrator"),
    auditor: await memberOf("auditor"),
    unitCaseworker: await memberOf("caseworker", unit.id),
    districtOffice: district,
    providerA: await buildProvider(db),
    providerB: await buildProvider(db, "language_school"),
  };
}

export type TSend = (
  method: "GET" | "POST" | "PUT" | "DELETE",
  url: string,
  cookies: Record<string, string>,
  payload?: object,
  language?: string,
) => Promise<LightMyRequestResponse>;

export function buildSend(t: TTestApp): TSend {
  return (method, url, cookies, payload, language = "de") =>
    t.app.inject({
      method,
      url,
      cookies,
      headers: { "accept-language": language },
      ...(payload ? { payload } : {}),
    });
}

/** The field pointers of a 422 answer, sorted. */
export function pointersOf(response: { statusCode: number; json(): { errors: { pointer: string }[] } }): string[] {
  expect(response.statusCode).toBe(422);
  return response
    .json()
    .errors.map((error) => error.pointer)
    .sort();
}

export const periodBody = { name: "Integrationskonzept 2018–2022", startYear: 2018, endYear: 2022 };

export function buildSubGoalBody(overrides: Record<string, unknown> = {}) {
  return {
    title: "Neuzugewanderte werden innerhalb von zwei Wochen erstmals beraten.",
    indicatorDescription: "Anteil der Neuzugewanderten mit Erstgespräch binnen 14 Tagen",
    indicatorKey: "first_interview_within_target_share",
    indicatorUnit: "%",
    baseline: { value: 48.5, year: 2017, source: "Fallakten Migrationszentrum" },
    targets: [
      { year: 2022, value: 80 },
      { year: 2020, value: 65 },
    ],
    ...overrides,
  };
}

export function buildMeasureBody(overrides: Record<string, unknown> = {}) {
  return {
    title: "Willkommenssprechstunde in jeder Samtgemeinde",
    description: "Wöchentliche offene Sprechstunde",
    otherPartners: "Kirchengemeinden",
    municipalityAgs: ["03459014", "03459024"],
    startsOn: "2019-03-01",
    endsOn: "2021-12-31",
    status: "running",
    budgetEur: 12500.5,
    progressNotes: "In fünf von acht Samtgemeinden gestartet.",
    ...overrides,
  };
}
