import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, logIn, openContext, waitForPage } from "./support/browser.js";
import { createE2eCaseworker } from "./support/caseworker.js";

/**
 * The portal's places, contacts and events in the staff app (issue 7): a district content editor
 * creates a contact, a place with opening hours showing that contact and publishes it; then a weekly
 * event, sees its next dates and publishes it; the public JSON lists both.
 */
const unit = "03459014";
const stamp = Date.now().toString(36);
const contactName = `Amira Beratung ${stamp}`;
const placeName = `Stadtbibliothek ${stamp}`;
const eventTitle = `Sprachcafé ${stamp}`;
let browser: Browser;
let editor: BrowserContext;
let page: Page;
let pageErrors: Error[];

/** Opens a Mantine select (or multi-select), types to narrow its options, and clicks the option. */
async function choose(scope: Page | Locator, label: string, option: string, typed?: string) {
  const input = scope.getByRole("textbox", { name: label }).first();
  await input.click();
  if (typed !== undefined) await input.fill(typed);
  await page.getByRole("listbox").getByRole("option", { name: option }).first().click();
}

/** The next Tuesday at least a week ahead, as YYYY-MM-DD. */
function nextTuesday(): string {
  const day = new Date(Date.now() + 7 * 24 * 60 * 60_000);
  day.setUTCDate(day.getUTCDate() + ((9 - day.getUTCDay()) % 7));
  return day.toISOString().slice(0, 10);
}

beforeAll(async () => {
  browser = await launchBrowser();
  const administration = await openContext(browser, "de");
  await logIn(administration);
  editor = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, editor, { role: "content_editor", displayName: "Erika Redaktion" });
  await administration.close();
  page = await editor.newPage();
  pageErrors = collectPageErrors(page);
}, 120_000);

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
});

describe("portal places, contacts and events", () => {
  test("an editor creates a contact", async () => {
    await page.goto("/app/portal/contacts");
    await waitForPage(page);
    const sections = page.getByRole("navigation", { name: "Bereiche des Portals" });
    expect(await sections.getByRole("link", { name: "Kontakte" }).getAttribute("aria-current")).toBe("page");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Neuer Kontakt" }).click();
    await page.getByRole("heading", { level: 1, name: "Neuer Kontakt" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("textbox", { name: "Name" }).fill(contactName);
    await page.getByRole("textbox", { name: "Stelle oder Funktion" }).fill("Migrationsberatung");
    await page.getByRole("textbox", { name: "Telefon" }).fill("12");
    await page.getByRole("button", { name: "Speichern" }).click();
    const summary = page.locator("[data-form-messages]");
    await expect.poll(() => summary.textContent()).toContain("Telefon");
    await page.getByRole("textbox", { name: "Telefon" }).fill("05461 000-200");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByRole("heading", { level: 1, name: "Kontakt bearbeiten" }).waitFor();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Kontakt angelegt");
    await expectNoAxeViolations(page);
  });

  test("creates a place with opening hours and the contact, and publishes it", async () => {
    await page.goto("/app/portal/places");
    await waitForPage(page);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Neuer Ort" }).click();
    await page.getByRole("heading", { level: 1, name: "Neuer Ort" }).waitFor();
    await waitForPage(page);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Speichern" }).click();
    const summary = page.locator("[data-form-messages]");
    await expect.poll(() => summary.textContent()).toContain("Art des Ortes");

    await choose(page, "Art des Ortes", "Bibliothek");
    await page.getByRole("textbox", { name: "Name (Deutsch)" }).fill(placeName);
    await choose(page, "Gemeinde", "Bramsche", "Bramsche");
    await page.getByRole("textbox", { name: "Breitengrad" }).fill("52.40878");
    await page.getByRole("textbox", { name: "Längengrad" }).fill("7.97247");

    await page.getByRole("button", { name: "Zeit hinzufügen: Montag" }).click();
    const monday = page.getByRole("group", { name: "Montag, Zeitraum 1" });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("time");
    await monday.getByLabel("Öffnet").fill("14:00");
    await monday.getByLabel("Schließt").fill("12:00");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => monday.getByLabel("Schließt").getAttribute("aria-invalid")).toBe("true");
    await monday.getByLabel("Öffnet").fill("09:00");
    await page.getByRole("button", { name: "Zeit hinzufügen: Donnerstag" }).click();
    const thursday = page.getByRole("group", { name: "Donnerstag, Zeitraum 1" });
    await thursday.getByLabel("Öffnet").fill("14:00");
    await thursday.getByLabel("Schließt").fill("18:00");
    await choose(page, "Kontakte", `${contactName} (Migrationsberatung)`, stamp);
    await page.keyboard.press("Escape");
    await page.getByRole("checkbox", { name: "Barrierefrei zugänglich" }).check();
    await page.getByRole("button", { name: "Speichern" }).click();

    await page.getByRole("heading", { level: 1, name: "Ort bearbeiten" }).waitFor();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Ort angelegt");
    await waitForPage(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Ort veröffentlicht");

    const listed = await editor.request.get(`/api/public/places?unit=${unit}&lang=de`);
    expect(listed.status()).toBe(200);
    const places = (await listed.json()) as { items: { id: string; name: string; openingHours: unknown[] }[] };
    const place = places.items.find((item) => item.name === placeName);
    expect(place?.openingHours).toEqual([
      { weekday: 1, opens: "09:00", closes: "12:00" },
      { weekday: 4, opens: "14:00", closes: "18:00" },
    ]);
    const detail = await editor.request.get(`/api/public/places/${place?.id}?lang=de`);
    expect(((await detail.json()) as { contacts: { name: string }[] }).contacts.map((contact) => contact.name)).toEqual(
      [contactName],
    );
  });

  test("creates a weekly event, sees its next dates and publishes it", async () => {
    await page.goto("/app/portal/events");
    await waitForPage(page);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Neuer Termin" }).click();
    await page.getByRole("heading", { level: 1, name: "Neuer Termin" }).waitFor();
    await waitForPage(page);
    await expectNoAxeViolations(page);

    const start = nextTuesday();
    await page.getByRole("textbox", { name: "Titel (Deutsch)" }).fill(eventTitle);
    await page.getByLabel("Datum (Beginn)").fill(start);
    await page.getByLabel("Uhrzeit (Beginn)").fill("18:00");
    await page.getByLabel("Uhrzeit (Ende)").fill("20:00");
    await choose(page, "Wiederholt sich", "Wöchentlich");
    await page.getByRole("checkbox", { name: "Dienstag" }).check();
    await choose(page, "Endet", "Nach einer Anzahl");
    await page.getByRole("textbox", { name: "Anzahl der Termine" }).fill("6");
    await expect.poll(() => page.getByText("FREQ=WEEKLY;BYDAY=TU;COUNT=6").count()).toBe(1);
    await page.getByRole("textbox", { name: "Adresse" }).fill("Hasestraße 11, Bramsche");
    await page.getByRole("button", { name: "Speichern" }).click();

    await page.getByRole("heading", { level: 1, name: "Termin bearbeiten" }).waitFor();
    await expect.poll(() => page.getByText("6 Termine im kommenden Jahr").count()).toBe(1);
    expect(await page.getByRole("list", { name: "Nächste Termine" }).getByRole("listitem").count()).toBe(6);
    await waitForPage(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Termin veröffentlicht");
    expect(await page.getByRole("link", { name: "Kalenderdatei (.ics)" }).count()).toBe(1);

    const from = new Date().toISOString();
    const to = new Date(Date.now() + 120 * 24 * 60 * 60_000).toISOString();
    const search = new URLSearchParams({ unit, from, to, lang: "de" });
    const listed = await editor.request.get(`/api/public/events?${search}`);
    expect(listed.status()).toBe(200);
    const items = ((await listed.json()) as { items: { title: string; startsAt: string }[] }).items;
    const dates = items.filter((item) => item.title === eventTitle);
    expect(dates).toHaveLength(6);
    expect(new Date(dates[0]?.startsAt ?? "").toISOString().slice(0, 10)).toBe(start);
  });
});
