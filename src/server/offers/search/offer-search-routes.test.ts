import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOfferSearchPage, ZStaffOfferSearchPage } from "../../../common/offers/offer-search-schemas.js";
import { buildUser } from "../../testing/factories.js";
import { buildPublishedOffer } from "../../testing/offer-factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

/** GET /api/offers (staff) and the filters, sorts and paging both searches share. */
let t: TTestApp;
let providerId: string;
let otherProviderId: string;
let caseworker: Record<string, string>;
let providerStaff: Record<string, string>;
let administrator: Record<string, string>;

const bramsche = "03459014";
const wallenhorst = "03459033";
const melle = "03459024";

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  providerId = (await buildProvider(db)).id;
  otherProviderId = (await buildProvider(db)).id;
  caseworker = await signInAs(db, (await buildUser(db, { role: "caseworker" })).user.id);
  administrator = await signInAs(db, (await buildUser(db, { role: "administrator" })).user.id);
  providerStaff = await signInAs(
    db,
    (await buildMember(db, { organisationId: providerId, role: "provider_staff" })).id,
  );
});
afterAll(() => t.close());

const publish = (title: string, overrides: Parameters<typeof buildPublishedOffer>[2] = {}) =>
  buildPublishedOffer(t.database.db, providerId, { title, ...overrides });

async function staffSearch(query: Record<string, string>, cookies = caseworker) {
  const response = await t.app.inject({ method: "GET", url: "/api/offers", query, cookies });
  expect(response.statusCode, response.body).toBe(200);
  return ZStaffOfferSearchPage.parse(response.json());
}

async function idsFor(query: Record<string, string>) {
  const response = await t.app.inject({ method: "GET", url: "/api/public/offers", query });
  expect(response.statusCode, response.body).toBe(200);
  return ZOfferSearchPage.parse(response.json()).items.map((item) => item.id);
}

describe("GET /api/offers", () => {
  it("answers 401 without a session and 403 to a role without the directory", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/offers" })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url: "/api/offers", cookies: administrator })).statusCode).toBe(403);
  });

  it("answers 422 with the field pointers of bad parameters", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ pageSize: "101" }, "/querystring/pageSize"],
      [{ lat: "52.4" }, "/querystring/lon"],
      [{ sort: "distance" }, "/querystring/sort"],
      [{ maxDistanceKm: "10" }, "/querystring/maxDistanceKm"],
      [{ near: bramsche, lat: "52.4", lon: "8" }, "/querystring/near"],
      [{ childcare: "yes" }, "/querystring/childcare"],
      [{ startsBefore: "31.12.2030" }, "/querystring/startsBefore"],
      [{ lang: "xx" }, "/querystring/lang"],
      [{ near: "99999999" }, "/querystring/near"],
    ];
    for (const [query, pointer] of cases) {
      const response = await t.app.inject({ method: "GET", url: "/api/offers", query, cookies: caseworker });
      expect(response.statusCode, JSON.stringify(query)).toBe(422);
      expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(response.json().errors.map((error: { pointer: string }) => error.pointer)).toContain(pointer);
    }
  });

  it("finds the published offers of every provider for a caseworker, a provider's own for its staff", async () => {
    const own = await publish("Okapi Beratung");
    const other = await buildPublishedOffer(t.database.db, otherProviderId, { title: "Okapi Treff" });
    await publish("Okapi Entwurf", { status: "draft", publishedAt: null });
    const forCaseworker = await staffSearch({ q: "Okapi", sort: "title" });
    expect(forCaseworker.items.map((item) => item.id)).toEqual([own.id, other.id]);
    expect(forCaseworker.items[0]?.providerId).toBe(providerId);
    expect((await staffSearch({ q: "Okapi" }, providerStaff)).items.map((item) => item.id)).toEqual([own.id]);
  });
});

describe("filters", () => {
  it("filters by category, field of action, municipality and language given in", async () => {
    const course = await publish("Tapir Kurs", {
      category: "language_course",
      fieldsOfAction: ["sprache"],
      languages: ["de", "uk"],
    });
    const desk = await publish("Tapir Sprechstunde", { municipalityAgs: melle });
    expect(await idsFor({ q: "Tapir", category: "language_course" })).toEqual([course.id]);
    expect(await idsFor({ q: "Tapir", fieldOfAction: "aufenthalt" })).toEqual([desk.id]);
    expect(await idsFor({ q: "Tapir", municipality: melle })).toEqual([desk.id]);
    expect(await idsFor({ q: "Tapir", language: "uk" })).toEqual([course.id]);
  });

  it("filters by whom an offer is for: age, residence category, gender", async () => {
    const young = await publish("Gecko Jugend", { ageMin: 16, ageMax: 26 });
    const women = await publish("Gecko Frauen", { genderTarget: "female" });
    const protectedOnly = await publish("Gecko Schutz", { residenceCategories: ["schutz_anerkannt"] });
    expect(await idsFor({ q: "Gecko", age: "34", sort: "title" })).toEqual([women.id, protectedOnly.id]);
    expect(await idsFor({ q: "Gecko", gender: "male", sort: "title" })).toEqual([young.id, protectedOnly.id]);
    expect(await idsFor({ q: "Gecko", residenceCategory: "asyl_verfahren", sort: "title" })).toEqual([
      women.id,
      young.id,
    ]);
  });

  it("filters by barrier-free, childcare, free places and start", async () => {
    const accessible = await publish("Lemur Treff", { isBarrierFree: true, startsOn: "2030-03-01" });
    const withChildcare = await publish("Lemur Kurs", { hasChildcare: true, capacity: 10, freePlaces: 0 });
    const open = await publish("Lemur Café", { capacity: 10, freePlaces: 4, startsOn: "2030-01-10" });
    expect(await idsFor({ q: "Lemur", barrierFree: "true" })).toEqual([accessible.id]);
    expect(await idsFor({ q: "Lemur", childcare: "true" })).toEqual([withChildcare.id]);
    expect(await idsFor({ q: "Lemur", barrierFree: "false", childcare: "false" })).toHaveLength(3);
    expect(await idsFor({ q: "Lemur", hasFreePlaces: "true", sort: "title" })).toEqual([open.id, accessible.id]);
    expect(await idsFor({ q: "Lemur", startsBefore: "2030-02-01", sort: "startDate" })).toEqual([
      withChildcare.id,
      open.id,
    ]);
  });

  it("shows only published offers valid today", async () => {
    const valid = await publish("Quokka gültig", { validFrom: "2020-01-01", validUntil: "2099-12-31" });
    await publish("Quokka abgelaufen", { validUntil: "2020-12-31" });
    await publish("Quokka künftig", { validFrom: "2099-01-01" });
    await publish("Quokka zurückgezogen", { status: "withdrawn" });
    await publish("Quokka in Prüfung", { status: "in_review", publishedAt: null });
    expect(await idsFor({ q: "Quokka" })).toEqual([valid.id]);
  });
});

describe("distance and sorting", () => {
  it("measures from a municipality or coordinates, sorts by distance and keeps online offers within reach", async () => {
    const here = await publish("Narwal Bramsche", { municipalityAgs: bramsche });
    const near = await publish("Narwal Wallenhorst", { municipalityAgs: wallenhorst });
    const far = await publish("Narwal Melle", { municipalityAgs: melle });
    const online = await publish("Narwal online", { municipalityAgs: null, isOnline: true });
    const page = await staffSearch({ fieldOfAction: "aufenthalt", q: "Narwal", near: bramsche, sort: "distance" });
    expect(page.items.map((item) => item.id)).toEqual([here.id, near.id, far.id, online.id]);
    expect(page.items.map((item) => item.distanceKm)).toEqual([
      0,
      expect.closeTo(6.7, 1),
      expect.closeTo(33.3, 1),
      null,
    ]);
    expect(await idsFor({ q: "Narwal", near: bramsche, maxDistanceKm: "15" })).toEqual([here.id, near.id, online.id]);
    const byCoordinates = await staffSearch({ q: "Narwal", lat: "52.2017", lon: "8.3357" });
    expect(byCoordinates.sort).toBe("relevance");
    expect((await staffSearch({ lat: "52.2017", lon: "8.3357", municipality: melle })).sort).toBe("distance");
    expect(byCoordinates.items.find((item) => item.id === far.id)?.distanceKm).toBe(0);
  });

  it("pages with the total, sorted by title by default without words or place", async () => {
    const titles = ["Ibis C", "Ibis A", "Ibis B"];
    for (const title of titles) await publish(title, { fieldsOfAction: ["zivilgesellschaft"] });
    const first = await staffSearch({ fieldOfAction: "zivilgesellschaft", pageSize: "2" });
    expect(first.sort).toBe("title");
    expect(first.total).toBe(3);
    expect(first.items.map((item) => item.title)).toEqual(["Ibis A", "Ibis B"]);
    const second = await staffSearch({ fieldOfAction: "zivilgesellschaft", pageSize: "2", page: "2" });
    expect(second.items.map((item) => item.title)).toEqual(["Ibis C"]);
  });
});
