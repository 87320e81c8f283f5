import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TOfferTextLanguage } from "../../../common/offers/offer.js";
import { ZOfferSearchPage } from "../../../common/offers/offer-search-schemas.js";
import { buildPublishedOffer } from "../../testing/offer-factories.js";
import { buildProvider } from "../../testing/people-factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { offerTranslations } from "../offer-tables.js";

/** The search's words: German stemming, typos through trigrams, texts in other languages, German fallback. */
let t: TTestApp;
let providerId: string;

beforeAll(async () => {
  t = await createTestApp();
  providerId = (await buildProvider(t.database.db)).id;
});
afterAll(() => t.close());

async function publish(
  title: string,
  description: string,
  texts: { language: TOfferTextLanguage; title: string; description: string }[] = [],
) {
  const offer = await buildPublishedOffer(t.database.db, providerId, { title });
  await t.database.db
    .update(offerTranslations)
    .set({ description })
    .where(sql`${offerTranslations.offerId} = ${offer.id}`);
  if (texts.length > 0) {
    await t.database.db.insert(offerTranslations).values(texts.map((text) => ({ offerId: offer.id, ...text })));
  }
  return offer;
}

async function search(query: Record<string, string>) {
  const response = await t.app.inject({ method: "GET", url: "/api/public/offers", query });
  expect(response.statusCode, response.body).toBe(200);
  return ZOfferSearchPage.parse(response.json());
}

describe("searching by words", () => {
  it("finds inflected German words through the German stemmer, in the description too", async () => {
    const offer = await publish("Offene Sprechstunde", "<p>Wir bieten <strong>Beratung</strong> für Familien an.</p>");
    const page = await search({ q: "Beratungen Familie" });
    expect(page.items.map((item) => item.id)).toEqual([offer.id]);
    expect(page.sort).toBe("relevance");
    expect(page.items[0]?.relevance).toBeGreaterThan(0);
  });

  it("finds “Sprachkurs” for “Sprachkurse” and ranks a title match above a description match", async () => {
    const inTitle = await publish("Deutscher Sprachkurs am Abend", "<p>Für Erwachsene.</p>");
    const inText = await publish("Treffpunkt am Markt", "<p>Nach dem Sprachkurs trinken wir Tee.</p>");
    const page = await search({ q: "Sprachkurse" });
    expect(page.items.map((item) => item.id)).toEqual([inTitle.id, inText.id]);
    const plural = await publish("Lesecafé", "<p>Wir empfehlen passende Sprachkurse.</p>");
    expect((await search({ q: "Sprachkurs" })).items.map((item) => item.id)).toContain(plural.id);
  });

  it("finds a title despite a typo through trigram similarity", async () => {
    const offer = await publish("Schwimmkurs für Frauen", "<p>Im Hallenbad.</p>");
    const page = await search({ q: "Schwimkurs" });
    expect(page.items.map((item) => item.id)).toContain(offer.id);
    expect((await search({ q: "Schwimmbrille" })).items.map((item) => item.id)).not.toContain(offer.id);
  });

  it("finds Ukrainian and Arabic texts in their language and shows them in it", async () => {
    const offer = await publish("Deutschkurs für Eltern", "<p>Mit Kinderbetreuung.</p>", [
      { language: "uk", title: "Курс німецької мови для батьків", description: "<p>З доглядом за дітьми.</p>" },
      { language: "ar", title: "دورة اللغة الألمانية للآباء", description: "<p>مع رعاية الأطفال.</p>" },
    ]);
    const ukrainian = await search({ q: "батьків", lang: "uk" });
    expect(ukrainian.items.map((item) => [item.id, item.language, item.title])).toEqual([
      [offer.id, "uk", "Курс німецької мови для батьків"],
    ]);
    const arabic = await search({ q: "الألمانية", lang: "ar" });
    expect(arabic.items.map((item) => [item.id, item.language])).toEqual([[offer.id, "ar"]]);
    expect((await search({ q: "батьків" })).items).toEqual([]);
  });

  it("searches and shows an offer without a text in the language in German, saying so", async () => {
    const offer = await publish("Fahrradwerkstatt für alle", "<p>Reparieren lernen.</p>");
    const page = await search({ q: "Fahrradwerkstatt", lang: "uk" });
    expect(page.items.map((item) => [item.id, item.language, item.title])).toEqual([
      [offer.id, "de", "Fahrradwerkstatt für alle"],
    ]);
  });

  it("reads search operators in the words without failing", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/public/offers",
      query: { q: '"Sprach & | !kurs' },
    });
    expect(response.statusCode).toBe(200);
  });
});
