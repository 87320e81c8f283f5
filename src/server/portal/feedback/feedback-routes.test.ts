import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testGeography } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { seedPage, signInEditor } from "../offline/offline-test-helpers.js";
import { feedbackPerMinute } from "./feedback-routes.js";
import { portalPageFeedback } from "./feedback-tables.js";

let t: TTestApp;
const unit = testGeography.bramsche.unitKey;
let bramsche: Record<string, string>;
let melle: Record<string, string>;
let page: { id: string; slug: string };
let draft: { id: string; slug: string };
let clientNumber = 0;

beforeAll(async () => {
  t = await createTestApp();
  bramsche = await signInEditor(t, unit);
  melle = await signInEditor(t, testGeography.melle.unitKey);
  const texts = { de: { title: "Anmelden", bodyHtml: "<p>Gehen Sie zum Bürgerbüro.</p>" } };
  page = await seedPage(t, bramsche, { ownerUnitKey: unit, topic: "first_steps", texts });
  draft = await seedPage(t, bramsche, { ownerUnitKey: unit, topic: "first_steps", texts, isPublished: false });
});
afterAll(() => t.close());

/** Each test answers from its own address, so the rate limit of one does not spill into another. */
function answer(url: string, payload: string, remoteAddress = `192.0.2.${++clientNumber}`) {
  return t.app.inject({
    method: "POST",
    url,
    remoteAddress,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload,
  });
}

const feedbackOf = (pageId: string) =>
  t.database.db.select().from(portalPageFeedback).where(eq(portalPageFeedback.pageId, pageId));

describe("was this page helpful?", () => {
  it("shows the form without script on the page, and the thanks after answering", async () => {
    const shown = await t.app.inject({ method: "GET", url: `/portal/uk/${unit}/${page.slug}` });
    expect(shown.body).toContain(`<form method="post" action="/portal/uk/${unit}/${page.slug}/feedback"`);
    expect(shown.body).toContain("Чи була ця сторінка корисною?");
    expect(shown.body).toContain('name="helpful" value="no">Ні</button>');
    const thanked = await t.app.inject({ method: "GET", url: `/portal/uk/${unit}/${page.slug}?feedback=thanks` });
    expect(thanked.body).toContain("Дякуємо за ваш відгук!");
    expect(thanked.body).not.toContain(`action="/portal/uk/${unit}/${page.slug}/feedback"`);
  });

  it("stores one anonymous row (page, language, answer, day) and sends the reader back with thanks", async () => {
    const response = await answer(`/portal/ar/${unit}/${page.slug}/feedback`, "helpful=no");
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/portal/ar/${unit}/${page.slug}?feedback=thanks`);
    expect(response.headers["set-cookie"]).toBeUndefined();
    const rows = await feedbackOf(page.id);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(["day", "helpful", "id", "language", "pageId"]);
    expect(rows[0]).toMatchObject({ language: "ar", helpful: false });
    expect(rows[0]?.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("refuses bad answers, unknown pages and drafts", async () => {
    expect((await answer(`/portal/de/${unit}/${page.slug}/feedback`, "helpful=maybe")).statusCode).toBe(422);
    expect((await answer(`/portal/de/${unit}/${page.slug}/feedback`, "")).statusCode).toBe(422);
    expect((await answer(`/portal/de/${unit}/Bad_Slug/feedback`, "helpful=yes")).statusCode).toBe(422);
    expect((await answer(`/portal/de/${unit}/${draft.slug}/feedback`, "helpful=yes")).statusCode).toBe(404);
    expect((await answer(`/portal/xx/${unit}/${page.slug}/feedback`, "helpful=yes")).statusCode).toBe(404);
    const other = `/portal/de/${testGeography.melle.unitKey}/${page.slug}/feedback`;
    expect((await answer(other, "helpful=yes")).statusCode).toBe(404);
    const json = await t.app.inject({
      method: "POST",
      url: `/portal/de/${unit}/${page.slug}/feedback`,
      payload: { helpful: "yes" },
    });
    expect(json.statusCode).toBe(303);
    expect(await feedbackOf(draft.id)).toHaveLength(0);
  });

  it("limits answers per client network", async () => {
    const url = `/portal/de/${unit}/${page.slug}/feedback`;
    for (let count = 0; count < feedbackPerMinute; count++) {
      expect((await answer(url, "helpful=yes", "198.51.100.7")).statusCode).toBe(303);
    }
    expect((await answer(url, "helpful=yes", "198.51.100.7")).statusCode).toBe(429);
    expect((await answer(url, "helpful=yes", "198.51.100.8")).statusCode).toBe(303);
  });

  it("counts the answers for the page's editors, per language, and keeps them from other administrations", async () => {
    const counted = await seedPage(t, bramsche, {
      ownerUnitKey: unit,
      topic: "health",
      texts: { de: { title: "Arzt", bodyHtml: "<p>Text.</p>" } },
    });
    for (const [language, helpful] of [
      ["de", "yes"],
      ["de", "no"],
      ["uk", "yes"],
      ["uk", "yes"],
    ]) {
      await answer(`/portal/${language}/${unit}/${counted.slug}/feedback`, `helpful=${helpful}`);
    }
    const summary = await t.app.inject({
      method: "GET",
      url: `/api/portal/pages/${counted.id}/feedback`,
      cookies: bramsche,
    });
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toEqual({
      helpful: 3,
      notHelpful: 1,
      byLanguage: [
        { language: "de", helpful: 1, notHelpful: 1 },
        { language: "uk", helpful: 2, notHelpful: 0 },
      ],
    });
    const foreign = await t.app.inject({
      method: "GET",
      url: `/api/portal/pages/${counted.id}/feedback`,
      cookies: melle,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `/api/portal/pages/${counted.id}/feedback` })).statusCode).toBe(
      401,
    );
  });
});
