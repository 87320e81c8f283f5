import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

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

async function registered() {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/persons",
    cookies,
    payload: {
      givenName: "Yusuf",
      familyName: "Haddad",
      birthYear: 1979,
      nationalities: ["SY"],
      languages: [{ language: "ar", level: "native" }],
      arrivedInGermanyOn: "2025-03-01",
      municipalityAgs: testGeography.bramsche.municipalityAgs,
    },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; updatedAt: string };
}

function patch(id: string, payload: Record<string, unknown>) {
  return t.app.inject({ method: "PATCH", url: `/api/persons/${id}`, cookies, payload });
}

async function read(id: string) {
  return (await t.app.inject({ method: "GET", url: `/api/persons/${id}`, cookies })).json();
}

describe("correcting a person", () => {
  it("changes only the fields sent, replaces lists whole, and audits the field names", async () => {
    const person = await registered();
    const response = await patch(person.id, {
      languages: [
        { language: "ar", level: "native" },
        { language: "de", level: "A1" },
      ],
      phone: "0541 123456",
      purpose: "first interview",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      givenName: "Yusuf",
      nationalities: ["SY"],
      phone: "0541 123456",
      languages: [
        { language: "ar", level: "native" },
        { language: "de", level: "A1" },
      ],
    });
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.update"), eq(auditEvents.subjectId, person.id)));
    expect(event?.detail).toEqual({ fields: ["languages", "phone"] });
    expect(event?.purpose).toBe("first interview");
  });

  it("audits only the fields that changed when the staff form sends the whole record", async () => {
    const person = await registered();
    const response = await patch(person.id, {
      givenName: "Yusuf",
      familyName: "Haddad",
      otherNames: [],
      birthYear: 1979,
      birthMonth: null,
      birthDay: null,
      sex: "not_stated",
      nationalities: ["SY"],
      languages: [{ level: "native", language: "ar" }],
      arrivedInGermanyOn: "2025-03-01",
      arrivedInMunicipalityOn: null,
      firstContactOn: null,
      residenceCategory: null,
      permitExpiresOn: null,
      municipalityAgs: testGeography.bramsche.municipalityAgs,
      street: null,
      postalCode: null,
      phone: null,
      email: "yusuf.haddad@example.org",
      preferredChannel: null,
      preferredLanguage: null,
    });
    expect(response.statusCode).toBe(200);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.update"), eq(auditEvents.subjectId, person.id)));
    expect(event?.detail).toEqual({ fields: ["email"] });
  });

  it("checks the merged record as a whole and changes nothing when it breaks a rule", async () => {
    const person = await registered();
    const response = await patch(person.id, { arrivedInMunicipalityOn: "2025-01-01", phone: "0541 99" });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      "/body/arrivedInMunicipalityOn",
    ]);
    expect(await read(person.id)).toMatchObject({ arrivedInMunicipalityOn: null, phone: null });
  });

  it("keeps the person within the caseworker's area: moving elsewhere is refused", async () => {
    const person = await registered();
    const response = await patch(person.id, { municipalityAgs: testGeography.melle.municipalityAgs });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].code).toBe("municipality_outside_area");
    expect((await read(person.id)).municipalityAgs).toBe(testGeography.bramsche.municipalityAgs);
  });

  it("refuses fields it does not know", async () => {
    const person = await registered();
    const response = await patch(person.id, { favouriteColour: "blue" });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ pointer: "/body/favouriteColour", code: "unrecognized_keys" });
  });
});
