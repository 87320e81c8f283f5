import type { APIRequestContext, Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { directionOf } from "../src/common/portal/portal-content.js";
import { offlineTexts } from "../src/server/portal/offline/offline-texts.js";
import { contentTexts } from "../src/server/portal/public/content-texts.js";
import { entryTexts } from "../src/server/portal/public/entry-texts.js";
import { eventPlaceTexts } from "../src/server/portal/public/event-place-texts.js";
import { offerTexts } from "../src/server/portal/public/offer-texts.js";
import { searchTexts } from "../src/server/portal/public/search-texts.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, logIn, openContext } from "./support/browser.js";
import { createE2eCaseworker } from "./support/caseworker.js";
import { publishPortalPage } from "./support/portal.js";
import { publishOffersKeepingStaff } from "./support/published-offer.js";

/**
 * The public portal's accessibility (issue 7): axe on every page type the other portal files leave out (search and
 * offer pages included), in German,
 * Arabic (right to left) and Ukrainian on a 360 px screen; then the main paths by keyboard alone, with the focus
 * always visible: skip link, a content page from the start page, the language switch, the self-check entry's form.
 */
const unit = "03459014";
const stamp = Date.now().toString(36);
const slug = `zugang-${stamp}`;
const titles = {
  de: `Beratung finden ${stamp}`,
  uk: `Знайти консультацію ${stamp}`,
  ar: `العثور على استشارة ${stamp}`,
};
const languages = ["de", "ar", "uk"] as const;
const width = 360;
const height = 740;
const offerTitle = `Deutschkurs am Abend ${stamp}`;
const ids = { place: "", event: "", offer: "" };
let browser: Browser;
let page: Page;
let pageErrors: Error[] = [];

async function created(request: APIRequestContext, url: string, data: object): Promise<string> {
  const response = await request.post(url, { data });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  expect((await request.post(`${url}/${id}/publish`, { data: { version: 1 } })).status()).toBe(200);
  return id;
}

/** A district-wide page in three languages, a place and an event there tomorrow, published. */
async function publishContent(request: APIRequestContext) {
  await publishPortalPage(
    request,
    { ownerUnitKey: null, topic: "first_steps", slug },
    Object.fromEntries(
      languages.map((language) => [language, { title: titles[language], bodyHtml: `<p>${titles[language]}</p>` }]),
    ),
  );
  ids.place = await created(request, "/api/portal/places", {
    ownerUnitKey: null,
    category: "counselling_centre",
    street: "Hasestraße 11",
    postalCode: "49565",
    city: "Bramsche",
    municipalityAgs: unit,
    latitude: 52.40878,
    longitude: 7.97247,
    openingHours: [{ weekday: 2, opens: "09:00", closes: "13:00" }],
    openingHoursNote: "",
    isAppointmentOnly: false,
    isBarrierFree: true,
    barrierFreeNote: "",
    phone: "05461 000-100",
    email: "",
    website: "",
    contactIds: [],
    texts: languages.map((language) => ({ language, name: `${titles[language]} – Ort`, description: "<p>…</p>" })),
  });
  const startsAt = new Date(Date.now() + 86_400_000);
  startsAt.setUTCHours(15, 0, 0, 0);
  ids.event = await created(request, "/api/portal/events", {
    municipalUnitKey: null,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    placeId: ids.place,
    texts: languages.map((language) => ({ language, title: `${titles[language]} – Termin` })),
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  const administration = await openContext(browser, "de");
  await logIn(administration);
  const editor = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, editor, { role: "content_editor", displayName: "Ada Zugang" });
  const reviewer = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, reviewer, { displayName: "Rita Prüfung" });
  await administration.close();
  await publishContent(editor.request);
  await editor.close();
  const provider = await publishOffersKeepingStaff(browser, reviewer.request, [
    {
      category: "language_course",
      fieldsOfAction: ["sprache"],
      languages: ["de", "ar"],
      municipalityAgs: unit,
      scheduleKind: "ongoing",
      capacity: 12,
      freePlaces: 4,
      translations: [{ language: "de", title: offerTitle, description: "<p>Deutsch im Alltag.</p>" }],
    },
  ]);
  ids.offer = provider.offerIds[0] ?? "";
  await provider.staff.close();
  await reviewer.close();
  // The service worker would keep each start page's essentials in the background; portal-offline tests it.
  page = await (await openContext(browser, "de", [], { serviceWorkers: "block" })).newPage();
  await page.setViewportSize({ width, height });
  pageErrors = collectPageErrors(page);
}, 120_000);

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
});

type TFocus = { tag: string; id: string; href: string | null; hreflang: string | null; outline: string };

function describeFocus(): Promise<TFocus> {
  return page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      href: element.getAttribute("href"),
      hreflang: element.getAttribute("hreflang"),
      outline: getComputedStyle(element).outlineStyle,
    };
  });
}

/** Presses Tab until the wanted element has the focus; every element on the way shows it. */
async function tabTo(isWanted: (focus: TFocus) => boolean): Promise<TFocus> {
  for (let step = 0; step < 80; step += 1) {
    await page.keyboard.press("Tab");
    const focus = await describeFocus();
    expect(focus.outline, `focus on ${focus.tag} ${focus.href ?? focus.id}`).not.toBe("none");
    if (isWanted(focus)) return focus;
  }
  throw new Error(`not reached by Tab on ${page.url()}`);
}

async function expectHeading(title: string) {
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

describe("the public portal", () => {
  // Three languages × every page type, each checked by axe: more than a minute on a slow shared machine.
  test("is axe-clean on every page type in German, Arabic and Ukrainian, right to left in Arabic", async () => {
    // A retry starts as the first attempt did: without the language the last page left in the cookie.
    await page.context().clearCookies();
    await page.goto("/portal/");
    expect(new URL(page.url()).pathname).toBe("/portal/de/");
    for (const language of languages) {
      const places = eventPlaceTexts[language];
      const pages: [string, string][] = [
        [`/portal/${language}/`, contentTexts[language].chooseMunicipality],
        [`/portal/${language}/${unit}/`, "Bramsche"],
        [`/portal/${language}/${unit}/events`, places.eventsTitle],
        [`/portal/${language}/${unit}/events/${ids.event}`, `${titles[language]} – Termin`],
        [`/portal/${language}/${unit}/places`, places.placesTitle],
        [`/portal/${language}/${unit}/places/${ids.place}`, `${titles[language]} – Ort`],
        [`/portal/${language}/${unit}/search?q=${encodeURIComponent(titles[language])}`, searchTexts[language].search],
        [`/portal/${language}/${unit}/offers`, offerTexts[language].offersTitle],
        [`/portal/${language}/${unit}/offers/${ids.offer}`, offerTitle],
        [`/portal/${language}/selbstcheck`, entryTexts[language].selfCheck],
        [`/portal/${language}/offline`, offlineTexts[language].offlineTitle],
        [`/portal/${language}/${unit}/gibt-es-nicht-${stamp}`, contentTexts[language].notFoundTitle],
      ];
      for (const [path, title] of pages) {
        await page.goto(path);
        await expectHeading(title);
        expect(await page.locator("html").getAttribute("lang"), path).toBe(language);
        expect(await page.locator("html").getAttribute("dir"), path).toBe(directionOf(language));
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
        await expectNoAxeViolations(page);
      }
    }
  }, 180_000);

  test("is usable by keyboard alone: skip link, a content page, the language switch and the self-check code", async () => {
    await page.goto(`/portal/ar/${unit}/`);
    await expectHeading("Bramsche");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: contentTexts.ar.skipLink });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height);
    expect((await describeFocus()).outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect.poll(describeFocus).toMatchObject({ tag: "main", id: "main" });

    await tabTo((focus) => focus.href === `/portal/ar/${unit}/${slug}`);
    await page.keyboard.press("Enter");
    await expectHeading(titles.ar);
    await tabTo((focus) => focus.hreflang === "uk");
    await page.keyboard.press("Enter");
    await expectHeading(titles.uk);
    expect(new URL(page.url()).pathname).toBe(`/portal/uk/${unit}/${slug}`);
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");

    await tabTo((focus) => focus.href === `/portal/uk/${unit}/`);
    await page.keyboard.press("Enter");
    await expectHeading("Bramsche");
    await tabTo((focus) => focus.href === "/portal/uk/selbstcheck");
    await page.keyboard.press("Enter");
    await expectHeading(entryTexts.uk.selfCheck);
    await tabTo((focus) => focus.id === "code");
    await page.keyboard.type("12345");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: entryTexts.uk.codeInvalid }).waitFor();
    await expect.poll(describeFocus).toMatchObject({ tag: "input", id: "code" });
    const code = page.getByRole("textbox", { name: entryTexts.uk.codeLabel });
    expect(await code.getAttribute("aria-invalid")).toBe("true");
    expect(await code.getAttribute("aria-describedby")).toBe("code-error");
    await expectNoAxeViolations(page);
  });
});
