import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TPersonInput } from "../../../common/arrival/person-input-schemas.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { persons } from "../arrival-tables.js";

let t: TTestApp;
let bramscheCookies: Record<string, string>;
let bramscheUserId: string;
beforeAll(async () => {
  t = await createTestApp();
  const organisation = await buildOrganisation(t.database.db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  bramscheUserId = user.id;
  bramscheCookies = await signInAs(t.database.db, user.id);
});
afterAll(() => t.close());

const complete: TPersonInput = {
  givenName: "Olena",
  familyName: "Kovalenko",
  otherNames: [{ kind: "original_script", script: "Cyrl", givenName: "Олена", familyName: "Коваленко" }],
  birthYear: 1988,
  birthMonth: 3,
  birthDay: null,
  sex: "female",
  nationalities: ["UA"],
  languages: [
    { language: "uk", level: "native" },
    { language: "de", level: "A2" },
  ],
  arrivedInGermanyOn: "2025-03-01",
  arrivedInMunicipalityOn: "2025-04-15",
  residenceCategory: "voruebergehender_schutz",
  permitExpiresOn: "2027-03-04",
  municipalityAgs: testGeography.bramsche.municipalityAgs,
  street: "Große Straße 1",
  postalCode: "49565",
  phone: "+49 5461 123456",
  email: "olena@example.invalid",
  preferredChannel: "phone",
  preferredLanguage: "uk",
  purpose: "first registration",
};

function register(payload: unknown, language = "de", cookies = bramscheCookies) {
  return t.app.inject({
    method: "POST",
    url: "/api/persons",
    cookies,
    headers: { "accept-language": language },
    payload: payload as Record<string, unknown>,
  });
}

function problemsOf(response: Awaited<ReturnType<typeof register>>) {
  expect(response.statusCode).toBe(422);
  return (response.json().errors as { pointer: string; code: string; detail: string }[]).map(
    ({ pointer, code, detail }) => ({ pointer, code, detail }),
  );
}

async function countPersonsNamed(familyName: string) {
  const [row] = await t.database.db
    .select({ count: sql<number>`count(*)::int` })
    .from(persons)
    .where(eq(persons.familyName, familyName));
  return row?.count ?? 0;
}

describe("registering a person", () => {
  it("creates the whole record in the caseworker's municipality and audits which fields were given", async () => {
    const response = await register(complete);
    expect(response.statusCode).toBe(201);
    const person = response.json();
    expect(response.headers.location).toBe(`/api/persons/${person.id}`);
    const { purpose: _purpose, ...expected } = complete;
    expect(person).toMatchObject(expected);
    expect(person.allowedActions).toEqual(["read", "update"]);

    const read = await t.app.inject({ method: "GET", url: `/api/persons/${person.id}`, cookies: bramscheCookies });
    expect(read.json()).toMatchObject({ otherNames: complete.otherNames, languages: complete.languages });

    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.create"), eq(auditEvents.subjectId, person.id)));
    expect(event).toMatchObject({ actorUserId: bramscheUserId, personId: person.id, purpose: "first registration" });
    expect(event?.detail).toEqual({ fields: expect.arrayContaining(["languages", "nationalities", "phone"]) });
    expect(JSON.stringify(event?.detail)).not.toContain("Kovalenko");
  });

  it("needs only a name and the municipality (least data)", async () => {
    const response = await register({ givenName: "", familyName: "Minimal", municipalityAgs: "03459014" });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ sex: "not_stated", nationalities: [], languages: [], birthYear: null });
  });

  it("refuses a municipality outside the caseworker's area and writes nothing", async () => {
    const response = await register({ ...complete, familyName: "Outside", municipalityAgs: "03459024" });
    expect(problemsOf(response)).toEqual([
      {
        pointer: "/body/municipalityAgs",
        code: "municipality_outside_area",
        detail: "In dieser Gemeinde dürfen Sie keine Personen anlegen. Bitte wählen Sie eine Gemeinde Ihres Bereichs.",
      },
    ]);
    expect(await countPersonsNamed("Outside")).toBe(0);
  });

  it("names unknown reference codes at their fields", async () => {
    const response = await register({
      ...complete,
      familyName: "Unknown",
      municipalityAgs: "09162000",
      residenceCategory: "nonsense",
    });
    expect(problemsOf(response).map((problem) => problem.code)).toEqual([
      "municipality_unknown",
      "residence_category_unknown",
    ]);
    expect(await countPersonsNamed("Unknown")).toBe(0);
  });

  it("answers impossible and contradictory input with a German message per field", async () => {
    const response = await register({
      ...complete,
      givenName: "",
      familyName: "",
      birthYear: 1990,
      birthMonth: 2,
      birthDay: 30,
      nationalities: ["UA", "QQ"],
      languages: [
        { language: "uk", level: "native" },
        { language: "uk", level: "B1" },
      ],
      arrivedInGermanyOn: "2025-05-01",
      arrivedInMunicipalityOn: "2025-04-01",
      phone: "call me",
      postalCode: "4956",
      email: null,
      preferredChannel: "email",
    });
    const problems = problemsOf(response);
    expect(problems.map((problem) => [problem.pointer, problem.code])).toEqual([
      ["/body/familyName", "name_required"],
      ["/body/birthDay", "birth_date_impossible"],
      ["/body/nationalities/1", "nationality_unknown"],
      ["/body/languages", "listed_twice"],
      ["/body/arrivedInMunicipalityOn", "arrival_in_municipality_before_germany"],
      ["/body/phone", "phone_invalid"],
      ["/body/postalCode", "postal_code_invalid"],
      ["/body/preferredChannel", "contact_for_channel_missing"],
    ]);
    expect(problems[1]?.detail).toBe("Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.");
  });

  it("refuses ages over 120, births in the future, a day without a month and over-long names, in English on request", async () => {
    const old = problemsOf(await register({ ...complete, birthYear: 1890, birthMonth: null }, "en"));
    expect(old).toEqual([
      {
        pointer: "/body/birthYear",
        code: "age_over_limit",
        detail: "The person would be older than 120 years. Please check the year of birth.",
      },
    ]);
    const future = problemsOf(await register({ ...complete, birthYear: new Date().getFullYear() + 1 }, "en"));
    expect(future.map((problem) => problem.code)).toEqual(["birth_date_in_future"]);
    const dayOnly = problemsOf(await register({ ...complete, birthMonth: null, birthDay: 4 }));
    expect(dayOnly.map((problem) => problem.code)).toEqual(["birth_day_without_month"]);
    const long = problemsOf(await register({ ...complete, familyName: "x".repeat(201) }));
    expect(long.map((problem) => [problem.pointer, problem.code])).toEqual([["/body/familyName", "too_big"]]);
  });

  it("does not let roles without the create grant register anyone", async () => {
    const provider = await buildOrganisation(t.database.db, { kind: "provider" });
    const { user } = await buildUser(t.database.db, { role: "provider_staff", organisation: provider });
    const response = await register(
      { ...complete, familyName: "ByProvider" },
      "de",
      await signInAs(t.database.db, user.id),
    );
    expect(response.statusCode).toBe(404);
    expect(await countPersonsNamed("ByProvider")).toBe(0);
  });
});
