import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let cookies: Record<string, string>;
const family = `Filter${Date.now()}`;

beforeAll(async () => {
  t = await createTestApp();
  const organisation = await buildOrganisation(t.database.db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  cookies = await signInAs(t.database.db, user.id);
  const people = [
    { givenName: "Anna", nationalities: ["UA"], languages: ["uk", "ru"], germany: "2025-01-10", municipality: null },
    { givenName: "Bilal", nationalities: ["SY"], languages: ["ar"], germany: "2024-06-01", municipality: "2025-02-01" },
    {
      givenName: "Chiara",
      nationalities: ["SY", "TR"],
      languages: ["tr", "ar"],
      germany: "2023-05-05",
      municipality: null,
    },
  ];
  for (const person of people) {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/persons",
      cookies,
      payload: {
        givenName: person.givenName,
        familyName: family,
        nationalities: person.nationalities,
        languages: person.languages.map((language) => ({ language, level: "native" })),
        arrivedInGermanyOn: person.germany,
        arrivedInMunicipalityOn: person.municipality,
        municipalityAgs: testGeography.bramsche.municipalityAgs,
      },
    });
    expect(response.statusCode).toBe(201);
  }
});
afterAll(() => t.close());

async function givenNames(filters: string): Promise<string[]> {
  const response = await t.app.inject({ method: "GET", url: `/api/persons?search=${family}&${filters}`, cookies });
  expect(response.statusCode).toBe(200);
  return (response.json().items as { givenName: string }[]).map((item) => item.givenName).sort();
}

describe("person list filters", () => {
  it("filters by nationality, language and arrival period (in the municipality, else in Germany)", async () => {
    expect(await givenNames("nationality=sy")).toEqual(["Bilal", "Chiara"]);
    expect(await givenNames("language=ar")).toEqual(["Bilal", "Chiara"]);
    expect(await givenNames("language=ru")).toEqual(["Anna"]);
    expect(await givenNames("arrivedFrom=2025-01-01")).toEqual(["Anna", "Bilal"]);
    expect(await givenNames("arrivedFrom=2025-01-15&arrivedUntil=2025-12-31")).toEqual(["Bilal"]);
    expect(await givenNames("nationality=SY&language=tr")).toEqual(["Chiara"]);
  });

  it("says when a list entry arrived and which nationalities it has", async () => {
    const response = await t.app.inject({ method: "GET", url: `/api/persons?search=${family}&language=ar`, cookies });
    expect(response.json().items).toEqual([
      expect.objectContaining({ givenName: "Bilal", arrivedOn: "2025-02-01", nationalities: ["SY"] }),
      expect.objectContaining({ givenName: "Chiara", arrivedOn: "2023-05-05", nationalities: ["SY", "TR"] }),
    ]);
  });

  it("refuses malformed filters at their field", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/persons?arrivedFrom=2025-13-01&language=A",
      cookies,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      "/querystring/arrivedFrom",
      "/querystring/language",
    ]);
  });
});
