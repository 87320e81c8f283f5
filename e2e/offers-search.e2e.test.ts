import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bramsche, melle, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, openContext, waitForPage } from "./support/browser.js";
import { logInAsCaseworker } from "./support/caseworker.js";
import { publishOffers } from "./support/published-offer.js";

/** Angebote: a caseworker searches the published offers by words, filters by childcare and sees the fitting one. */
let session: TArrivalSession;
let page: Page;
const suffix = Date.now();
const withChildcareTitle = `Sprachtreff Quokka ${suffix}`;
const eveningTitle = `Sprachtreff Quokka abends ${suffix}`;

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
  await publishOffers(session.browser, session.context.request, [
    offer(withChildcareTitle, { hasChildcare: true, isBarrierFree: true }),
    offer(eveningTitle, { municipalityAgs: melle, freePlaces: 0 }),
  ]);
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

describe("searching offers", () => {
  test("finds offers by inflected words, narrows them by childcare and shows place, places and badges", async () => {
    await page.goto("/app/offers");
    await waitForPage(page);
    await page.getByRole("searchbox", { name: "Stichworte" }).fill(`Sprachtreffs ${suffix}`);

    const results = page.getByRole("list");
    const withChildcare = page.getByRole("article", { name: withChildcareTitle });
    const evening = page.getByRole("article", { name: eveningTitle });
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

/** Opens a Mantine select in `scope`, types to narrow its options when asked, and clicks the option. */
async function choose(target: Page, scope: Locator, label: string, option: string, typed?: string) {
  const input = scope.getByRole("textbox", { name: label, exact: true });
  await input.click();
  if (typed !== undefined) await input.fill(typed);
  await target.getByRole("listbox").getByRole("option", { name: option, exact: true }).click();
}

describe("in English", () => {
  let english: BrowserContext;
  let englishPage: Page;
  let englishErrors: Error[];

  beforeAll(async () => {
    english = await openContext(session.browser, "en");
    await logInAsCaseworker(english, session.caseworker);
    englishPage = await english.newPage();
    englishErrors = collectPageErrors(englishPage);
  });

  afterAll(async () => {
    expect(englishErrors).toEqual([]);
    await english?.close();
  });

  test("sorts by distance from a chosen municipality, translated and accessible", async () => {
    await englishPage.goto("/app/offers");
    await waitForPage(englishPage);
    await englishPage.getByRole("searchbox", { name: "Keywords" }).fill(`Sprachtreff ${suffix}`);
    await englishPage.getByText("2 offers", { exact: true }).waitFor();
    await choose(englishPage, englishPage.getByRole("group", { name: "Where" }), "Distance from", "Bramsche", "Bram");
    await choose(englishPage, englishPage.getByRole("search"), "Sort by", "Distance");
    const articles = englishPage.getByRole("article");
    await expect.poll(() => articles.nth(1).textContent()).toContain("33.3 km away");
    expect(await articles.first().textContent()).toContain("0 km away");
    expect(await articles.first().textContent()).toContain("Language course");
    expect(await articles.first().textContent()).toContain("with childcare");
    await expectNoAxeViolations(englishPage);
  });
});
