import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { contentTexts } from "../src/server/portal/public/content-texts.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, logIn, openContext } from "./support/browser.js";
import { createE2eCaseworker } from "./support/caseworker.js";
import { publishPortalPage } from "./support/portal.js";

/**
 * The portal's content pages (issue 7, part 1): an editor of the district publishes a page in
 * German and Ukrainian; a newcomer reads it on a narrow screen in German, Ukrainian and Arabic
 * (German with a notice, right to left around it), with JavaScript off, and by keyboard.
 */
const unit = "03459014";
const slug = `ankommen-${Date.now().toString(36)}`;
let browser: Browser;
let editor: BrowserContext;
let reader: Page;
let phone: Page;
let pageErrors: Error[];

beforeAll(async () => {
  browser = await launchBrowser();
  const administration = await openContext(browser, "de");
  await logIn(administration);
  editor = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, editor, { role: "content_editor", displayName: "Erika Redaktion" });
  await administration.close();
  const texts = { de: "Ankommen in Bramsche", uk: "Прибуття до Брамше" };
  await publishPortalPage(
    editor.request,
    { ownerUnitKey: null, topic: "first_steps", slug },
    {
      de: { title: texts.de, bodyHtml: `<p>${texts.de}: <a href="tel:112">112</a></p>` },
      uk: { title: texts.uk, bodyHtml: `<p>${texts.uk}: <a href="tel:112">112</a></p>` },
    },
  );

  reader = await (await openContext(browser, "de")).newPage();
  await reader.setViewportSize({ width: 360, height: 740 });
  pageErrors = collectPageErrors(reader);
  phone = await (await openContext(browser, "de", [], { javaScriptEnabled: false })).newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
});

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
});

describe("portal content pages", () => {
  test("read on a narrow screen in German, Ukrainian and Arabic, axe-clean, Arabic right to left", async () => {
    for (const [language, title] of [
      ["de", "Ankommen in Bramsche"],
      ["uk", "Прибуття до Брамше"],
      ["ar", "Ankommen in Bramsche"],
    ] as const) {
      await reader.goto(`/portal/${language}/${unit}/${slug}`);
      await reader.getByRole("heading", { level: 1, name: title }).waitFor();
      expect(await reader.locator("html").getAttribute("dir")).toBe(language === "ar" ? "rtl" : "ltr");
      expect(await reader.locator("script:not([src])").count()).toBe(0);
      expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoAxeViolations(reader);
    }
    await reader.getByText(contentTexts.ar.fallbackNotice).waitFor();
    expect(await reader.locator("main div[lang=de]").getAttribute("dir")).toBe("ltr");

    await reader.goto(`/portal/uk/${unit}/`);
    await reader.getByRole("link", { name: "Прибуття до Брамше" }).waitFor();
    await expectNoAxeViolations(reader);
  });

  test("work without JavaScript: the language switch and the start page lead to the page", async () => {
    await phone.goto(`/portal/de/${unit}/`);
    await phone.getByRole("link", { name: "Ankommen in Bramsche" }).click();
    await phone.getByRole("heading", { level: 1, name: "Ankommen in Bramsche" }).waitFor();
    await phone
      .getByRole("navigation", { name: contentTexts.de.languageSwitch })
      .getByRole("link", { name: "Українська" })
      .click();
    await phone.getByRole("heading", { level: 1, name: "Прибуття до Брамше" }).waitFor();
    await phone.goto("/portal/");
    expect(new URL(phone.url()).pathname).toBe("/portal/uk/");
  });

  test("are usable by keyboard: the skip link comes first and leads to the content", async () => {
    await reader.goto(`/portal/de/${unit}/${slug}`);
    await reader.keyboard.press("Tab");
    const skip = reader.getByRole("link", { name: contentTexts.de.skipLink });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    await reader.keyboard.press("Enter");
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe("main");
  });
});
