import { expect } from "vitest";
import { buildOrganisation, buildPerson, testGeography } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import type { TTestApp } from "../../testing/test-app.js";

export type TDeskWorker = { userId: string; organisationId: string; cookies: Record<string, string> };
type TMethod = "GET" | "POST" | "PUT";

/** A user working cases at the organisation (caseworker, or provider staff at a provider), signed in. */
export async function buildDeskWorker(t: TTestApp, organisation: { id: string; kind: string }): Promise<TDeskWorker> {
  const role = organisation.kind === "provider" ? "provider_staff" : "caseworker";
  const user = await buildMember(t.database.db, { organisationId: organisation.id, role, displayName: "Desk Worker" });
  return { userId: user.id, organisationId: organisation.id, cookies: await signInAs(t.database.db, user.id) };
}

/** The desks of the tests: Bramsche's and Melle's municipal units, the district, a provider. */
export async function buildDesks(t: TTestApp) {
  const db = t.database.db;
  const bramscheUnit = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const melleUnit = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.melle.unitKey,
  });
  const district = await buildOrganisation(db, { kind: "district" });
  const provider = await buildProvider(db, "youth_migration_service");
  return { bramscheUnit, melleUnit, district, provider };
}

export function call(t: TTestApp, worker: TDeskWorker, method: TMethod, url: string, payload?: object) {
  return t.app.inject({ method, url, cookies: worker.cookies, ...(payload ? { payload } : {}) });
}

/** A person in Bramsche with a case opened by the worker; returns the person's id. */
export async function personWithCase(t: TTestApp, worker: TDeskWorker): Promise<string> {
  const person = await buildPerson(t.database.db, { municipalityAgs: testGeography.bramsche.municipalityAgs });
  const response = await call(t, worker, "POST", `/api/persons/${person.id}/case`, {});
  expect(response.statusCode).toBe(201);
  return person.id;
}
