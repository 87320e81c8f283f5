import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let district: Record<string, string>;
let bramsche: Record<string, string>;
const ids: Record<string, string> = {};

async function caseworker(options: Parameters<typeof buildOrganisation>[1]) {
  const organisation = await buildOrganisation(t.database.db, options);
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  return signInAs(t.database.db, user.id);
}

async function register(key: string, payload: Record<string, unknown>) {
  const response = await t.app.inject({ method: "POST", url: "/api/persons", cookies: district, payload });
  expect(response.statusCode).toBe(201);
  ids[key] = response.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  district = await caseworker({ kind: "district" });
  bramsche = await caseworker({ kind: "municipal_unit", municipalUnitKey: testGeography.bramsche.unitKey });
  const here = testGeography.bramsche.municipalityAgs;
  await register("mohammed", {
    givenName: "Mohammed",
    familyName: "Al-Hassan",
    birthYear: 1990,
    birthMonth: 5,
    birthDay: 12,
    sex: "male",
    municipalityAgs: here,
  });
  await register("oleksandr", {
    givenName: "Oleksandr",
    familyName: "Kovalenko",
    otherNames: [{ kind: "original_script", script: "Cyrl", givenName: "Олександр", familyName: "Коваленко" }],
    birthYear: 1985,
    birthMonth: 11,
    birthDay: 3,
    municipalityAgs: here,
  });
  await register("khalil", {
    givenName: "Mohammed",
    familyName: "Khalil",
    birthYear: 1972,
    municipalityAgs: here,
  });
  await register("melle", {
    givenName: "Muhammad",
    familyName: "Alhassan",
    birthYear: 1990,
    birthMonth: 5,
    birthDay: 12,
    municipalityAgs: testGeography.melle.municipalityAgs,
  });
});
afterAll(() => t.close());

async function candidates(query: string, cookies = district) {
  const response = await t.app.inject({ method: "GET", url: `/api/persons/duplicate-candidates?${query}`, cookies });
  expect(response.statusCode).toBe(200);
  return response.json().candidates as { id: string; score: number; isLikelyDuplicate: boolean; reasons: string[] }[];
}

describe("duplicate candidates", () => {
  it("finds a transliteration variant with a mistyped day first, and says why", async () => {
    const found = await candidates("givenName=Muhamad&familyName=Alhasan&birthYear=1990&birthMonth=5&birthDay=13");
    expect(found[0]?.id).toBe(ids.mohammed);
    expect(found[0]?.isLikelyDuplicate).toBe(true);
    expect(found[0]?.reasons).toEqual(expect.arrayContaining(["birth_one_digit_off"]));
    expect(found.find((candidate) => candidate.id === ids.khalil)?.isLikelyDuplicate ?? false).toBe(false);
  });

  it("finds a Cyrillic original and a Russian transliteration, and swapped given and family names", async () => {
    const russian = await candidates(
      "givenName=Aleksandr&familyName=Kowalenko&birthYear=1985&birthMonth=11&birthDay=3",
    );
    expect(russian[0]).toMatchObject({ id: ids.oleksandr, isLikelyDuplicate: true });
    const swapped = await candidates("givenName=Kovalenko&familyName=Oleksandr&birthYear=1985");
    expect(swapped[0]?.id).toBe(ids.oleksandr);
    expect(swapped[0]?.reasons).toContain("names_swapped");
  });

  it("shows only records within the actor's scope", async () => {
    const everywhere = await candidates("givenName=Mohammed&familyName=Al-Hassan&birthYear=1990", district);
    expect(everywhere.map((candidate) => candidate.id)).toEqual(expect.arrayContaining([ids.mohammed, ids.melle]));
    const inBramsche = await candidates("givenName=Mohammed&familyName=Al-Hassan&birthYear=1990", bramsche);
    expect(inBramsche.map((candidate) => candidate.id)).not.toContain(ids.melle);
  });

  it("asks for a name", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/persons/duplicate-candidates?birthYear=1990",
      cookies: district,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ pointer: "/querystring/familyName", code: "name_required" });
  });
});
