import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { directionOf } from "../src/common/portal/portal-content.js";
import { portalTexts } from "../src/server/arrival/self-registration/portal-texts.js";
import { openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, openContext, waitForPage } from "./support/browser.js";
import { findLinkPath, waitForMailTo } from "./support/mailbox.js";
import { createAddress } from "./support/people.js";

/**
 * Self-registration end to end: a newcomer fills the Arabic form on a phone-sized screen with
 * JavaScript switched off, sends it and confirms the mailed link; a district caseworker then
 * confirms the registration in the staff app and finds the new person's file. axe checks the
 * portal's pages (de, de-x-easy, uk, fa, ar) in a second, script-enabled page, since axe itself runs as a script.
 */
const ar = portalTexts.ar;
const familyName = `Haddad-${Date.now().toString(36)}`;
const email = createAddress("newcomer");
let browser: Browser;
let reader: Page;
let phone: Page;
let session: TArrivalSession;
let pageErrors: Error[];

beforeAll(async () => {
  browser = await launchBrowser();
  // axe needs JavaScript in the page; the newcomer's own browser below runs without it.
  reader = await (await openContext(browser, "de")).newPage();
  await reader.setViewportSize({ width: 360, height: 740 });
  pageErrors = collectPageErrors(reader);
  const noScript = await openContext(browser, "de", [], { javaScriptEnabled: false });
  phone = await noScript.newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
  session = await openArrivalSession();
});

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await browser?.close();
  await session?.browser.close();
});

describe("the public portal", () => {
  test("is accessible on a narrow screen in German, Leichte Sprache, Ukrainian, Farsi and Arabic, Farsi and Arabic right to left", async () => {
    for (const language of ["de", "de-x-easy", "uk", "fa", "ar"] as const) {
      await reader.goto(`/portal/${language}/registrierung`);
      await reader.getByRole("heading", { level: 1, name: portalTexts[language].pageTitle }).waitFor();
      expect(await reader.locator("html").getAttribute("dir")).toBe(directionOf(language));
      expect(await reader.locator("script").count()).toBe(0);
      // Nothing sticks out sideways on a narrow screen.
      expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoAxeViolations(reader);
    }
    expect(await reader.locator("form").evaluate((form) => getComputedStyle(form).direction)).toBe("rtl");
    // The honeypot is out of reach for people and assistive technology alike.
    expect(await reader.locator("#website").isVisible()).toBe(false);

    await reader.getByRole("button", { name: ar.submit }).click();
    await reader.getByRole("heading", { name: ar.errorSummary }).waitFor();
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    await expectNoAxeViolations(reader);
    await reader.goto("/portal/ar/registrierung/danke?email=pending");
    await expectNoAxeViolations(reader);
    await reader.goto("/portal/ar/registrierung/bestaetigung/not-a-real-token");
    await expectNoAxeViolations(reader);
  });

  test("a newcomer registers in Arabic with JavaScript off and confirms the e-mail address", async () => {
    await phone.goto("/portal/de/registrierung");
    await phone
      .getByRole("navigation", { name: portalTexts.de.languageSwitch })
      .getByRole("link", { name: "العربية" })
      .click();
    await phone.getByRole("heading", { level: 1, name: ar.pageTitle }).waitFor();
    expect(await phone.locator("html").getAttribute("lang")).toBe("ar");
    expect(await phone.locator("html").getAttribute("dir")).toBe("rtl");

    await phone.getByRole("button", { name: ar.submit }).click();
    await phone.getByRole("heading", { name: ar.errorSummary }).waitFor();
    expect(await phone.getByRole("link", { name: ar.error_name_required }).count()).toBe(1);

    await phone.getByLabel(ar.municipality).selectOption({ label: "Melle" });
    await phone.getByLabel(ar.givenName).fill("Amal");
    await phone.getByLabel(ar.familyName).fill(familyName);
    await phone.getByLabel(ar.birthYear).fill("1994");
    await phone.locator("#sex").selectOption("female");
    await phone.locator("#nationality").selectOption("SY");
    await phone.getByRole("group", { name: ar.languagesLegend }).getByRole("checkbox").nth(4).check();
    await phone.getByLabel(ar.email).fill(email);
    await phone.getByLabel(ar.hasReadPrivacyNotice).check();
    await phone.getByLabel(ar.consentCounselling).check();
    await phone.getByRole("button", { name: ar.submit }).click();
    await phone.getByRole("heading", { level: 1, name: ar.successTitle }).waitFor();
    await phone.getByText(ar.successEmail).waitFor();

    const mail = await waitForMailTo(email, ar.mailSubject);
    await phone.goto(findLinkPath(mail, "/bestaetigung/"));
    await phone.getByRole("button", { name: ar.confirmButton }).click();
    await phone.getByRole("heading", { level: 1, name: ar.confirmedTitle }).waitFor();
    expect(await phone.locator("html").getAttribute("dir")).toBe("rtl");
  });
});

describe("the staff review", () => {
  test("a caseworker confirms the registration and finds the person", async () => {
    const { page } = session;
    await page.goto("/app/");
    await waitForPage(page);
    await page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Selbstanmeldungen" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Selbstanmeldungen" }).waitFor();
    const currentLinks = page.getByRole("navigation", { name: "Hauptnavigation" }).locator('[aria-current="page"]');
    expect(await currentLinks.allTextContents()).toEqual(["Selbstanmeldungen"]);
    await page.getByRole("link", { name: `${familyName}, Amal` }).waitFor();
    await waitForPage(page);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: `${familyName}, Amal` }).click();
    await page.getByRole("heading", { level: 1, name: `Selbstanmeldung von Amal ${familyName}` }).waitFor();
    await waitForPage(page);
    await page.getByText(`${email} (bestätigt)`).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Als neue Person bestätigen" }).click();
    const dialog = page.getByRole("dialog", { name: "Selbstanmeldung bestätigen?" });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Als neue Person bestätigen" }).click();
    await page.getByRole("link", { name: "Personenakte öffnen" }).click();
    await page.getByRole("heading", { level: 1, name: new RegExp(familyName) }).waitFor();
    await page.getByText(email).first().waitFor();

    await page.goto("/app/arrival/self-registrations");
    await waitForPage(page);
    await expect.poll(() => page.getByRole("link", { name: `${familyName}, Amal` }).count()).toBe(0);
  });
});
