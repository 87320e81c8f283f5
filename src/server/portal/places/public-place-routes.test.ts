import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TModule } from "../../modules.js";
import { platformModule } from "../../platform/platform-module.js";
import { testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { contactRoutes } from "./contact-routes.js";
import { placeRoutes } from "./place-routes.js";
import { buildContentEditors, buildPlaceBody, contactBody } from "./place-test-helpers.js";
import { publicPlaceRoutes } from "./public-place-routes.js";

/** Monday 7 December 2026, 10:00 in Berlin (CET). */
const mondayMorning = new Date("2026-12-07T09:00:00Z");
/** The same Monday, 12:00 in Berlin: the 8–12 slot has just closed. */
const mondayNoon = new Date("2026-12-07T11:00:00Z");
let clock = mondayMorning;

const placesWithClock: TModule = {
  name: "portal-places-with-clock",
  async routes(app, { database }) {
    await app.register(contactRoutes, { db: database.db });
    await app.register(placeRoutes, { db: database.db });
    await app.register(publicPlaceRoutes, { db: database.db, now: () => clock });
  },
};

let t: TTestApp;
let publishedId: string;
let draftId: string;
let contactId: string;

beforeAll(async () => {
  t = await createTestApp({ modules: [platformModule, placesWithClock] });
  const editors = await buildContentEditors(t.database.db);
  const post = async (url: string, payload: object) =>
    (await t.app.inject({ method: "POST", url, cookies: editors.bramsche, payload })).json();
  contactId = (await post("/api/portal/contacts", contactBody)).id;
  const published = await post("/api/portal/places", buildPlaceBody({ contactIds: [contactId] }));
  publishedId = published.id;
  await post(`/api/portal/places/${publishedId}/publish`, { version: 1 });
  draftId = (await post("/api/portal/places", buildPlaceBody())).id;
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: "GET", url });

describe("public places", () => {
  it("lists published places only, with the language used per item and German as fallback", async () => {
    const unit = testGeography.bramsche.unitKey;
    const english = (await get(`/api/public/places?unit=${unit}&lang=en`)).json();
    const ids = english.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(publishedId);
    expect(ids).not.toContain(draftId);
    expect(english.items[0]).toMatchObject({ name: "Citizens' office Bramsche", language: "en" });
    const arabic = (await get(`/api/public/places?unit=${unit}&lang=ar`)).json();
    expect(arabic.items[0]).toMatchObject({ name: "Bürgerbüro Bramsche", language: "de" });
    expect(arabic.items[0]).not.toHaveProperty("status");
  });

  it("filters by category and orders by distance when asked", async () => {
    expect((await get("/api/public/places?category=pharmacy")).json().total).toBe(0);
    const near = (await get("/api/public/places?near=52.41,7.97")).json();
    expect(near.items[0].distanceMetres).toBeGreaterThan(0);
    expect(near.items[0].distanceMetres).toBeLessThan(1000);
  });

  it("says whether the place is open now, in Berlin time", async () => {
    clock = mondayMorning;
    expect((await get(`/api/public/places/${publishedId}`)).json().isOpenNow).toBe(true);
    clock = mondayNoon;
    expect((await get(`/api/public/places/${publishedId}`)).json().isOpenNow).toBe(false);
  });

  it("shows a published place with its contacts; a draft is 404", async () => {
    const detail = await get(`/api/public/places/${publishedId}?lang=en`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().contacts).toEqual([
      expect.objectContaining({ id: contactId, name: "Frau Yilmaz", languages: ["de", "tr"] }),
    ]);
    expect(detail.json().contacts[0]).not.toHaveProperty("ownerUnitKey");
    expect((await get(`/api/public/places/${draftId}`)).statusCode).toBe(404);
  });

  it("refuses a malformed query with field problems", async () => {
    const response = await get("/api/public/places?category=castle&near=north");
    expect(response.statusCode).toBe(422);
    expect(
      response
        .json()
        .errors.map((error: { pointer: string }) => error.pointer)
        .sort(),
    ).toEqual(["/querystring/category", "/querystring/near"]);
  });
});
