import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bramsche, melle, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { waitForPage } from "./support/browser.js";
import { publishOffers } from "./support/published-offer.js";

/** Angebote: a caseworker searches the published offers by words, filters by childcare and sees the fitting one. */
let session: TArrivalSession;
let page: Page;

const offer = (title: string, overrides: Record<string, unknown>) => ({
  category: "language_course",
  fieldsOfAction: ["sprache"],
  languages: ["de", "uk"],
  municipalityAgs: bramsche,
  scheduleKind: "ongoing",
  capacity: 12,
  freePlaces: 4,
  translations: [{ language: "de", title, description: "<p>Deutsch im Alltag, mit Gesprächen.</p>" }],
  ...overrides,
});

beforeAll(async () => {
  session = await openArrivalSession();
  page = session.page;
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

describe("searching offers", () => {
  test("finds offers by inflected words, narrows them by childcare and shows place, places and badges", async () => {
    const suffix = Date.now();
    await publishOffers(session.browser, session.context.request, [
      offer(`Sprachtreff Quokka ${suffix}`, { hasChildcare: true, isBarrierFree: true }),
      offer(`Sprachtreff Quokka abends ${suffix}`, { municipalityAgs: melle, freePlaces: 0 }),
    ]);
    await page.goto("/app/offers");
    await waitForPage(page);
    await page.getByRole("searchbox", { name: "Stichworte" }).fill(`Sprachtreffs ${suffix}`);

    const results = page.getByRole("list");
    const withChildcare = page.getByRole("article", { name: `Sprachtreff Quokka ${suffix}` });
    const evening = page.getByRole("article", { name: `Sprachtreff Quokka abends ${suffix}` });
    await withChildcare.waitFor();
    await evening.waitFor();
    expect(await evening.textContent()).toContain("ausgebucht");
    expect(await evening.textContent()).toContain("Melle");
    await page.getByText("2 Angebote", { exact: true }).waitFor();

    await page.getByRole("group", { name: "Für wen" }).getByRole("checkbox", { name: "mit Kinderbetreuung" }).check();
    await expect.poll(() => evening.count()).toBe(0);
    const text = await withChildcare.textContent();
    expect(text).toContain("4 freie Plätze");
    expect(text).toContain("Bramsche");
    expect(text).toContain("barrierefrei");
    expect(await results.getByRole("article").count()).toBe(1);
    await expectNoAxeViolations(page);
  });
});
