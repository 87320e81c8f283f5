import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentLanguages } from "../../../common/portal/portal-content.js";
import { testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { buildContentEditors, buildPlaceBody } from "../places/place-test-helpers.js";
import { renderSitemap } from "./sitemap-route.js";

let t: TTestApp;
const unit = testGeography.bramsche.unitKey;
const ids: Record<string, string> = {};

/** The sitemap's whole grammar: the declaration, one urlset, url/loc pairs with escaped text only. */
const sitemapShape =
  /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n(?:<url><loc>(?:[^<>&"']|&(?:amp|lt|gt|quot|apos);)+<\/loc><\/url>\n)*<\/urlset>\n$/;

beforeAll(async () => {
  t = await createTestApp();
  const editors = await buildContentEditors(t.database.db);
  const post = async (cookies: Record<string, string>, url: string, payload: object) => {
    const response = await t.app.inject({ method: "POST", url, cookies, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return (response.json() as { id: string }).id;
  };
  const put = (url: string, payload: object) =>
    t.app.inject({ method: "PUT", url, cookies: editors.bramsche, payload });
  for (const [slug, isPublished] of [
    ["sprachkurse-finden", true],
    ["noch-geheim", false],
  ] as const) {
    const id = await post(editors.bramsche, "/api/portal/pages", { ownerUnitKey: unit, topic: "work", slug });
    await put(`/api/portal/pages/${id}/texts/de`, { title: slug, bodyHtml: "<p>Text</p>", textVersion: null });
    if (isPublished) await post(editors.bramsche, `/api/portal/pages/${id}/publish`, { version: 1 });
  }
  ids.place = await post(editors.bramsche, "/api/portal/places", buildPlaceBody());
  await post(editors.bramsche, `/api/portal/places/${ids.place}/publish`, { version: 1 });
  ids.draftPlace = await post(editors.bramsche, "/api/portal/places", buildPlaceBody());
  const eventBody = {
    municipalUnitKey: unit,
    startsAt: "2027-01-05T16:00:00Z",
    endsAt: "2027-01-05T18:00:00Z",
    texts: [{ language: "de", title: "Treffen" }],
  };
  ids.event = await post(editors.bramsche, "/api/portal/events", eventBody);
  await post(editors.bramsche, `/api/portal/events/${ids.event}/publish`, { version: 1 });
  ids.draftEvent = await post(editors.bramsche, "/api/portal/events", eventBody);
  ids.otherEvent = await post(editors.melle, "/api/portal/events", {
    ...eventBody,
    municipalUnitKey: testGeography.melle.unitKey,
  });
  await post(editors.melle, `/api/portal/events/${ids.otherEvent}/publish`, { version: 1 });
});
afterAll(() => t.close());

describe("the portal's sitemap", () => {
  it("is valid sitemap XML listing published pages, events and places per unit and language, never drafts", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/portal/sitemap.xml",
      headers: { host: "portal.test" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/xml");
    expect(response.body).toMatch(sitemapShape);
    const locs = [...response.body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    for (const language of contentLanguages) {
      expect(locs).toContain(`http://portal.test/portal/${language}/${unit}/sprachkurse-finden`);
      expect(locs).toContain(`http://portal.test/portal/${language}/${unit}/events/${ids.event}`);
      expect(locs).toContain(`http://portal.test/portal/${language}/${unit}/places/${ids.place}`);
      expect(locs).toContain(`http://portal.test/portal/${language}/${unit}/`);
      expect(locs).toContain(`http://portal.test/portal/${language}/selbstcheck`);
    }
    expect(response.body).not.toContain("noch-geheim");
    expect(response.body).not.toContain(ids.draftPlace);
    expect(response.body).not.toContain(ids.draftEvent);
    expect(locs).toContain(`http://portal.test/portal/de/${testGeography.melle.unitKey}/events/${ids.otherEvent}`);
    expect(locs).not.toContain(`http://portal.test/portal/de/${unit}/events/${ids.otherEvent}`);
    expect(new Set(locs).size).toBe(locs.length);
  });

  it("escapes what XML must not carry raw", () => {
    expect(renderSitemap("https://a.example", ["/portal/de/?a=1&b=<2>"])).toMatch(sitemapShape);
  });

  it("is named in robots.txt", async () => {
    const response = await t.app.inject({ method: "GET", url: "/robots.txt", headers: { host: "portal.test" } });
    expect(response.body).toContain("Sitemap: http://portal.test/portal/sitemap.xml");
    expect(response.body).toContain("Disallow: /api/");
  });
});
