import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, logIn, openContext, waitForPage } from "./support/browser.js";
import { createE2eCaseworker } from "./support/caseworker.js";

/**
 * The offers directory in the staff app: a provider's staff member creates an offer, saves it as a
 * draft and submits it; a district caseworker reviews the diff and sends it back with a comment;
 * the provider reads the comment, edits and resubmits; the reviewer approves; the offer is published.
 */
let browser: Browser;
let provider: BrowserContext;
let reviewer: BrowserContext;
let providerPage: Page;
let reviewerPage: Page;
let pageErrors: Error[][] = [];
const title = `Integrationskurs am Vormittag ${Date.now()}`;

/** Opens a Mantine select (or multi-select), types to narrow its options, and clicks the option. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string, typed?: string) {
  const input = scope.getByRole("textbox", { name: label, exact: true }).first();
  await input.click();
  if (typed !== undefined) await input.fill(typed);
  await page.getByRole("listbox").getByRole("option", { name: option, exact: true }).click();
}

beforeAll(async () => {
  browser = await launchBrowser();
  const administration = await openContext(browser, "de");
  await logIn(administration);
  const created = await administration.request.post("/api/organisations", {
    data: { kind: "provider", name: `Sprachschule Hase ${Date.now()}`, providerType: "language_school" },
  });
  expect(created.status()).toBe(201);
  provider = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, provider, {
    organisationId: ((await created.json()) as { id: string }).id,
    displayName: "Paula Träger",
    role: "provider_staff",
  });
  reviewer = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, reviewer, { displayName: "Rita Prüfung" });
  await administration.close();
  providerPage = await provider.newPage();
  reviewerPage = await reviewer.newPage();
  pageErrors = [collectPageErrors(providerPage), collectPageErrors(reviewerPage)];
}, 120_000);

afterAll(async () => {
  expect(pageErrors.flat()).toEqual([]);
  await browser?.close();
});

async function openReview(page: Page) {
  await page.goto("/app/offers/reviews");
  await waitForPage(page);
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("heading", { level: 2, name: "Änderungen" }).waitFor();
  await waitForPage(page);
}

describe("offers directory", () => {
  test("a provider creates, saves and submits an offer; the form says what is missing", async () => {
    const page = providerPage;
    await page.goto("/app/offers/mine");
    await waitForPage(page);
    expect(await page.getByRole("status").filter({ hasText: "Noch keine Angebote" }).count()).toBe(1);
    const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
    expect(await navigation.getByRole("link", { name: "Meine Angebote" }).getAttribute("aria-current")).toBe("page");
    expect(await navigation.getByRole("link", { name: "Angebote prüfen" }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Neues Angebot" }).click();
    await page.getByRole("heading", { level: 1, name: "Neues Angebot" }).waitFor();
    await waitForPage(page);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
    const summary = page.locator("[data-form-messages]");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Kategorie");
    await expectNoAxeViolations(page);

    await choose(page, page, "Kategorie", "Sprachkurs");
    await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
    await expect.poll(() => summary.textContent()).toContain("Titel (Deutsch)");
    expect(await summary.textContent()).toContain("Handlungsfelder");
    expect(await page.getByRole("textbox", { name: "Titel", exact: true }).getAttribute("aria-invalid")).toBe("true");

    await page.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
    await page.getByRole("textbox", { name: "Beschreibung", exact: true }).fill("<p>Deutsch von A1 bis B1.</p>");
    await choose(page, page, "Handlungsfelder", "Sprache", "Spra");
    await page.keyboard.press("Escape");
    await choose(page, page, "Kursart (BAMF)", "Allgemeiner Integrationskurs", "Allgemeiner");
    await choose(page, page, "Niveau von (GER)", "A1");
    await choose(page, page, "Niveau bis (GER)", "B1");
    await choose(page, page, "Gemeinde", "Bramsche", "Bramsche");
    await page.getByRole("textbox", { name: "Plätze insgesamt" }).fill("20");
    await page.getByRole("textbox", { name: "Freie Plätze" }).fill("5");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();

    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("als Entwurf gespeichert");
    expect(await page.getByText("Entwurf", { exact: true }).count()).toBeGreaterThan(0);
    await waitForPage(page);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("zur Prüfung eingereicht");
    expect(await page.getByText("In Prüfung", { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("textbox", { name: "Titel", exact: true }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
  });

  test("the reviewer sees the diff and sends the offer back with a required comment", async () => {
    const page = reviewerPage;
    await page.goto("/app/offers/reviews");
    await waitForPage(page);
    const row = page.getByRole("row").filter({ hasText: title });
    expect(await row.textContent()).toContain("Sprachschule Hase");
    expect(await row.textContent()).toContain("Neues Angebot");
    await expectNoAxeViolations(page);

    await openReview(page);
    const diff = page.getByRole("table", { name: "Geänderte Angaben" });
    expect(await diff.getByRole("row").filter({ hasText: "Titel (Deutsch)" }).textContent()).toContain(title);
    expect(await diff.getByRole("row").filter({ hasText: "Kategorie" }).textContent()).toContain("Sprachkurs");
    expect(await diff.getByRole("row").filter({ hasText: "Gemeinde" }).textContent()).toContain("Bramsche");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Zurückweisen" }).click();
    const dialog = page.getByRole("dialog", { name: "Einreichung zurückweisen" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Zurückweisen" }).click();
    const comment = dialog.getByRole("textbox", { name: "Begründung für den Träger" });
    await expect.poll(() => comment.getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await comment.fill("Bitte die Uhrzeiten ergänzen.");
    await dialog.getByRole("button", { name: "Zurückweisen" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("zurückgewiesen");
    expect(await page.getByRole("button", { name: "Freigeben" }).count()).toBe(0);
  });

  test("the provider reads the comment, edits and resubmits; the reviewer approves; the offer is published", async () => {
    const page = providerPage;
    await page.goto("/app/offers/mine");
    await waitForPage(page);
    await page.getByRole("link", { name: title, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    await waitForPage(page);
    const submissions = page.getByRole("region", { name: "Einreichungen und Prüfung" });
    expect(await submissions.textContent()).toContain("Bitte die Uhrzeiten ergänzen.");
    expect(await submissions.textContent()).toContain("zurückgewiesen");

    await page.getByRole("textbox", { name: "Uhrzeit von" }).fill("09:00");
    await page.getByRole("textbox", { name: "Uhrzeit bis" }).fill("12:30");
    await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("zur Prüfung eingereicht");

    await openReview(reviewerPage);
    const diff = reviewerPage.getByRole("table", { name: "Geänderte Angaben" });
    expect(await diff.getByRole("row").filter({ hasText: "Uhrzeit von" }).textContent()).toContain("09:00");
    await reviewerPage.getByRole("button", { name: "Freigeben" }).click();
    await expect.poll(() => reviewerPage.getByRole("status").first().textContent()).toContain("freigegeben");
    await expectNoAxeViolations(reviewerPage);

    await page.goto("/app/offers/mine");
    await waitForPage(page);
    const row = page.getByRole("row").filter({ hasText: title });
    await expect.poll(() => row.textContent()).toContain("Veröffentlicht");
  });

  test("free places change without review; a change made elsewhere meanwhile is a conflict with reload", async () => {
    const page = providerPage;
    await page.goto("/app/offers/mine");
    await waitForPage(page);
    await page.getByRole("link", { name: title, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    await waitForPage(page);
    const freePlaces = page.getByRole("region", { name: "Freie Plätze" });
    await freePlaces.getByRole("textbox", { name: "Freie Plätze" }).fill("3");
    await freePlaces.getByRole("button", { name: "Freie Plätze speichern" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("freien Plätze sind gespeichert");

    const offerId = new URL(page.url()).pathname.split("/").at(-2) ?? "";
    const current = (await (await provider.request.get(`/api/offers/${offerId}`)).json()) as { version: number };
    const elsewhere = await provider.request.patch(`/api/offers/${offerId}/free-places`, {
      data: { version: current.version, freePlaces: 2 },
    });
    expect(elsewhere.status()).toBe(200);
    await page.getByRole("button", { name: "Änderung zur Prüfung einreichen" }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "Das Angebot wurde inzwischen geändert." });
    await conflict.waitFor();
    await expectNoAxeViolations(page);
    await conflict.getByRole("button", { name: "Neu laden" }).click();
    await conflict.waitFor({ state: "hidden" });
    await expect
      .poll(() => page.getByRole("region", { name: "Freie Plätze" }).getByRole("textbox").inputValue())
      .toBe("2");
  });
});
