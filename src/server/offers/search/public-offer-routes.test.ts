import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOfferContent } from "../../../common/offers/offer-content-schemas.js";
import { ZOfferSearchPage, ZPublicOffer } from "../../../common/offers/offer-search-schemas.js";
import { buildPublishedOffer } from "../../testing/offer-factories.js";
import { buildProvider } from "../../testing/people-factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildOfferInput } from "../directory/offer-test-content.js";
import { offerRevisions, offerTranslations } from "../offer-tables.js";

/** The portal's API: published offers valid today, without login, with the least data. */
let t: TTestApp;
let providerId: string;

beforeAll(async () => {
  t = await createTestApp();
  providerId = (await buildProvider(t.database.db)).id;
});
afterAll(() => t.close());

const publish = (title: string, overrides: Parameters<typeof buildPublishedOffer>[2] = {}) =>
  buildPublishedOffer(t.database.db, providerId, { title, ...overrides });

const readOffer = (id: string, query: Record<string, string> = {}) =>
  t.app.inject({ method: "GET", url: `/api/public/offers/${id}`, query });

describe("GET /api/public/offers", () => {
  it("answers without login, cacheable for a minute, without the provider's id", async () => {
    const offer = await publish("Wombat Treff");
    const response = await t.app.inject({ method: "GET", url: "/api/public/offers", query: { q: "Wombat" } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=60");
    const page = ZOfferSearchPage.parse(response.json());
    expect(page.items.map((item) => item.id)).toEqual([offer.id]);
    expect(Object.keys(response.json().items[0])).not.toContain("providerId");
  });

  it("answers 422 for bad parameters as problem details", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/public/offers", query: { page: "0" } });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((error: { pointer: string }) => error.pointer)).toEqual(["/querystring/page"]);
  });
});

describe("GET /api/public/offers/:id", () => {
  it("shows a published offer in the requested language, else in German, with no internal field", async () => {
    const offer = await publish("Kiwi Sprachcafé", {
      contactEmail: "kiwi@example.org",
      capacity: 12,
      freePlaces: 3,
    });
    await t.database.db.insert(offerTranslations).values({
      offerId: offer.id,
      language: "en",
      title: "Kiwi language café",
      description: "<p>Practise German.</p>",
    });
    await t.database.db.insert(offerRevisions).values({
      offerId: offer.id,
      status: "rejected",
      content: ZOfferContent.parse(buildOfferInput()),
      baseVersion: 1,
      reviewComment: "Interner Kommentar",
    });
    const english = await readOffer(offer.id, { lang: "en" });
    expect(english.statusCode).toBe(200);
    expect(english.headers["cache-control"]).toBe("public, max-age=60");
    const body = ZPublicOffer.parse(english.json());
    expect(body).toMatchObject({
      language: "en",
      title: "Kiwi language café",
      textLanguages: ["de", "en"],
      contactEmail: "kiwi@example.org",
      freePlaces: 3,
      municipalityName: "Bramsche",
    });
    for (const internal of ["status", "version", "providerId", "revisions", "reviewComment", "publishedAt"]) {
      expect(Object.keys(english.json())).not.toContain(internal);
    }
    expect(english.body).not.toContain("Interner Kommentar");
    const fallback = ZPublicOffer.parse((await readOffer(offer.id, { lang: "ar" })).json());
    expect([fallback.language, fallback.title, fallback.description]).toEqual([
      "de",
      "Kiwi Sprachcafé",
      "<p>Kiwi Sprachcafé</p>",
    ]);
  });

  it("is 404 for drafts, offers in review, withdrawn, expired and unknown ones", async () => {
    const hidden = [
      await publish("Kiwi Entwurf", { status: "draft", publishedAt: null }),
      await publish("Kiwi in Prüfung", { status: "in_review", publishedAt: null }),
      await publish("Kiwi zurückgezogen", { status: "withdrawn" }),
      await publish("Kiwi abgelaufen", { validUntil: "2020-12-31" }),
    ];
    for (const offer of [...hidden, { id: randomUUID() }]) {
      const response = await readOffer(offer.id);
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
    }
    const search = await t.app.inject({ method: "GET", url: "/api/public/offers", query: { q: "Kiwi" } });
    expect(ZOfferSearchPage.parse(search.json()).items.map((item) => item.title)).toEqual(["Kiwi Sprachcafé"]);
  });

  it("answers 422 for an id that is no UUID or an unknown language", async () => {
    expect((await readOffer("nope")).statusCode).toBe(422);
    expect((await readOffer(randomUUID(), { lang: "xx" })).statusCode).toBe(422);
  });
});
