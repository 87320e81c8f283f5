import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { offers } from "../../offers/offer-tables.js";
import { buildPublishedOffer } from "../../testing/offer-factories.js";
import { buildProvider } from "../../testing/people-factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { seedSearchContent, searchUnit as unit } from "../search/search-test-seeds.js";

let t: TTestApp;
let seeded: Awaited<ReturnType<typeof seedSearchContent>>;
let draftOfferId: string;

const get = (url: string) => t.app.inject({ method: "GET", url });

function jsonLdOf(body: string) {
  const match = body.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
  if (!match?.[1]) throw new Error("no JSON-LD block");
  return JSON.parse(match[1]) as Record<string, unknown>;
}

beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedSearchContent(t.database.db);
  const provider = await buildProvider(t.database.db);
  for (let index = 1; index <= 21; index += 1) {
    await buildPublishedOffer(t.database.db, provider.id, { title: `Beratung Nummer ${index}`, category: "housing" });
  }
  const draft = await buildPublishedOffer(t.database.db, provider.id, { title: "Entwurf", status: "draft" });
  draftOfferId = draft.id;
});
afterAll(() => t.close());

describe("the portal search page", () => {
  it("finds typos across kinds, keeps the words in its form and announces the count", async () => {
    const response = await get(`/portal/de/${unit}/search?q=Wohnugn`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain(`href="/portal/de/${unit}/wohnung-suchen"`);
    expect(response.body).toContain('value="Wohnugn"');
    expect(response.body).toMatch(/<p role="status">\d+ Treffer für „Wohnugn“<\/p>/);
    expect(response.body).not.toContain('id="portal-search"');
    const start = await get(`/portal/de/${unit}/`);
    expect(start.body).toContain(
      `<form class="search" role="search" aria-label="Suche" action="/portal/de/${unit}/search"`,
    );
  });

  it("limits to one kind, and reads an unknown kind as all kinds", async () => {
    const places = await get(`/portal/de/${unit}/search?q=Wohnung&kind=place`);
    expect(places.body).toContain(`href="/portal/de/${unit}/places/${seeded.office.id}"`);
    expect(places.body).not.toContain(`href="/portal/de/${unit}/wohnung-suchen"`);
    expect(places.body).toContain('<option value="place" selected>Orte</option>');
    const all = await get(`/portal/de/${unit}/search?q=Wohnung&kind=everything`);
    expect(all.body).toContain(`href="/portal/de/${unit}/wohnung-suchen"`);
    expect(all.body).toContain(`href="/portal/de/${unit}/places/${seeded.office.id}"`);
  });

  it("searches the reader's language with German fallback, marked as German, right to left in Arabic", async () => {
    const ukrainian = await get(`/portal/uk/${unit}/search?q=${encodeURIComponent("Kinderarzt")}`);
    expect(ukrainian.body).toContain('<html lang="uk" dir="ltr"');
    expect(ukrainian.body).toContain(`<a href="/portal/uk/${unit}/kinderarzt" lang="de">Kinderarzt finden</a>`);
    const arabic = await get(`/portal/ar/${unit}/search?q=${encodeURIComponent("المقهى")}`);
    expect(arabic.body).toContain('<html lang="ar" dir="rtl"');
    expect(arabic.body).toContain(`href="/portal/ar/${unit}/events/${seeded.languageCafe.id}"`);
  });

  it("finds offers and links them to their portal page", async () => {
    const response = await get(`/portal/de/${unit}/search?q=Sprachkurse`);
    const link = `/portal/de/${unit}/offers/${seeded.course.id}`;
    expect(response.body).toContain(`href="${link}"`);
    expect((await get(link)).statusCode).toBe(200);
  });

  it("asks for words without any, says when long words were cut, and escapes what it repeats", async () => {
    expect((await get(`/portal/de/${unit}/search`)).body).toContain("Schreiben Sie, was Sie suchen");
    const long = await get(`/portal/de/${unit}/search?q=${"Wohnung ".repeat(20)}`);
    expect(long.body).toContain('role="note">Ihre Suche war sehr lang.');
    const hostile = await get(`/portal/de/${unit}/search?q=${encodeURIComponent('<script>"x"')}`);
    expect(hostile.body).not.toContain('<script>"x"');
    expect(hostile.body).toContain("&lt;script&gt;&quot;x&quot;");
    const repeated = await get(`/portal/de/${unit}/search?q=Wohnugn&q=other`);
    expect(repeated.body).toContain('value="Wohnugn"');
  });

  it("is 404 for an unknown unit and sends an unknown language to the chosen one", async () => {
    expect((await get("/portal/de/99999999/search?q=x")).statusCode).toBe(404);
    expect((await get(`/portal/xx/${unit}/search`)).statusCode).toBeGreaterThanOrEqual(300);
  });
});

describe("the public offer pages", () => {
  it("list the district's offers twenty a page with paging links", async () => {
    const first = await get(`/portal/de/${unit}/offers`);
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('<p role="status">22 Angebote</p>');
    expect(first.body).toContain("Seite 1 von 2");
    expect(first.body).toContain(`href="/portal/de/${unit}/offers?page=2" rel="next"`);
    const second = await get(`/portal/de/${unit}/offers?page=2`);
    expect(second.body).toContain(`href="/portal/de/${unit}/offers" rel="prev"`);
    expect(second.body).not.toContain("Entwurf");
    expect((await get(`/portal/de/${unit}/offers?page=abc`)).body).toContain("Seite 1 von 2");
  });

  it("filter by words and category, and say when nothing matches", async () => {
    const courses = await get(`/portal/de/${unit}/offers?category=language_course`);
    expect(courses.body).toContain(`href="/portal/de/${unit}/offers/${seeded.course.id}"`);
    expect(courses.body).not.toContain("Beratung Nummer");
    expect(courses.body).toContain('<option value="language_course" selected>Sprachkurs</option>');
    const words = await get(`/portal/de/${unit}/offers?q=Nummer%2017`);
    expect(words.body).toContain("Beratung Nummer 17");
    const none = await get(`/portal/de/${unit}/offers?category=health`);
    expect(none.body).toContain('<p role="status">Wir haben keine passenden Angebote gefunden.</p>');
  });

  it("show one offer with its facts and schema.org data, in German with a notice where untranslated", async () => {
    const response = await get(`/portal/ar/${unit}/offers/${seeded.course.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="ar" dir="rtl"');
    expect(response.body).toContain('<h1 lang="de" dir="ltr">Deutscher Sprachkurs am Abend</h1>');
    expect(response.body).toContain('role="note"');
    expect(response.body).toContain("دورة لغة");
    const data = jsonLdOf(response.body);
    expect(data).toMatchObject({
      "@type": "Course",
      name: "Deutscher Sprachkurs am Abend",
      inLanguage: "de",
      provider: { "@type": "Organization" },
      hasCourseInstance: { "@type": "CourseInstance", courseMode: "onsite" },
    });
    expect(String(data.url)).toMatch(new RegExp(`/portal/ar/${unit}/offers/${seeded.course.id}$`));
  });

  it("are 404 for drafts, unknown ids and malformed ids", async () => {
    expect((await get(`/portal/de/${unit}/offers/${draftOfferId}`)).statusCode).toBe(404);
    expect((await get(`/portal/de/${unit}/offers/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect((await get(`/portal/de/${unit}/offers/not-an-id`)).statusCode).toBe(404);
  });

  it("are linked from the start page and listed in the sitemap", async () => {
    const start = await get(`/portal/uk/${unit}/`);
    expect(start.body).toContain(`href="/portal/uk/${unit}/offers"`);
    const sitemap = await get("/portal/sitemap.xml");
    expect(sitemap.body).toContain(`/portal/de/${unit}/offers/${seeded.course.id}</loc>`);
    expect(sitemap.body).not.toContain(draftOfferId);
  });
});

describe("the render cache on these pages", () => {
  it("keeps an offer's page until the offer changes, and never keeps a search", async () => {
    const provider = await buildProvider(t.database.db);
    const offer = await buildPublishedOffer(t.database.db, provider.id, { title: "Zwischengespeichert" });
    const url = `/portal/de/${unit}/offers/${offer.id}`;
    await vi.waitFor(async () => expect((await get(url)).headers["x-kommmit-cache"]).toBe("hit"), { timeout: 10_000 });
    await t.database.db.update(offers).set({ status: "withdrawn" }).where(eq(offers.id, offer.id));
    expect((await get(url)).statusCode).toBe(404);
    const search = `/portal/de/${unit}/search?q=Wohnung`;
    await get(search);
    expect((await get(search)).headers["x-kommmit-cache"]).toBeUndefined();
    const words = `/portal/de/${unit}/offers?q=Nummer`;
    await get(words);
    expect((await get(words)).headers["x-kommmit-cache"]).toBeUndefined();
  });
});
