import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
let bramsche: Record<string, string>;
let melle: Record<string, string>;

async function caseworkerOf(municipalUnitKey: string) {
  const organisation = await buildOrganisation(t.database.db, { kind: "municipal_unit", municipalUnitKey });
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  return signInAs(t.database.db, user.id);
}

/** A calendar date so many days before today in Berlin (counting days, not 24-hour spans across a DST change). */
function daysAgo(days: number): string {
  const date = new Date(`${todayInBerlin(new Date())}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await createTestApp({ env: { KOMMMIT_FIRST_CONTACT_TARGET_DAYS: "14" } });
  bramsche = await caseworkerOf(testGeography.bramsche.unitKey);
  melle = await caseworkerOf(testGeography.melle.unitKey);
});
afterAll(() => t.close());

async function register(familyName: string, payload: Record<string, unknown>) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/persons",
    cookies: bramsche,
    payload: { givenName: "Waiting", familyName, municipalityAgs: testGeography.bramsche.municipalityAgs, ...payload },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

async function worklist(cookies: Record<string, string>) {
  const response = await t.app.inject({ method: "GET", url: "/api/persons/first-contact-worklist", cookies });
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe("first-contact worklist", () => {
  it("lists who still waits, longest first, marks the overdue and forgets those contacted or gone", async () => {
    const long = await register("Long", { arrivedInMunicipalityOn: daysAgo(60) });
    const recent = await register("Recent", { arrivedInMunicipalityOn: daysAgo(5) });
    await register("Contacted", { arrivedInMunicipalityOn: daysAgo(30), firstContactOn: daysAgo(20) });
    const gone = await register("Gone", { arrivedInMunicipalityOn: daysAgo(40) });
    await t.app.inject({
      method: "POST",
      url: `/api/persons/${gone}/moves`,
      cookies: bramsche,
      payload: { kind: "out_of_district", movedOn: daysAgo(1), reason: "abroad" },
    });

    const list = await worklist(bramsche);
    expect(list).toMatchObject({ total: 2, overdue: 1, targetDays: 14 });
    expect(list.items).toEqual([
      {
        id: long,
        givenName: "Waiting",
        familyName: "Long",
        municipalityAgs: testGeography.bramsche.municipalityAgs,
        waitingSince: daysAgo(60),
        daysWaited: 60,
        isOverdue: true,
      },
      expect.objectContaining({ id: recent, daysWaited: 5, isOverdue: false }),
    ]);

    const contacted = await t.app.inject({
      method: "PATCH",
      url: `/api/persons/${long}`,
      cookies: bramsche,
      payload: { firstContactOn: todayInBerlin() },
    });
    expect(contacted.json().firstContactOn).toBe(todayInBerlin());
    expect((await worklist(bramsche)).items.map((item: { id: string }) => item.id)).toEqual([recent]);
    expect((await worklist(melle)).items.map((item: { id: string }) => item.id)).not.toContain(recent);
  });

  it("refuses a first contact in the future", async () => {
    const id = await register("Future", {});
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/persons/${id}`,
      cookies: bramsche,
      payload: { firstContactOn: "2999-01-01" },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ pointer: "/body/firstContactOn", code: "date_in_future" });
  });
});
