import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { appPages } from "./support/app-pages.js";
import { expectNoAxeViolations } from "./support/axe.js";
import {
  collectPageErrors,
  launchBrowser,
  logIn,
  openContext,
  type TLanguage,
  waitForPage,
} from "./support/browser.js";

const languages: TLanguage[] = ["de", "en"];

describe.each(languages)("accessibility (axe, WCAG 2.1 AA) in %s", (language) => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: Error[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await openContext(browser, language);
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    expect(pageErrors).toEqual([]);
    await browser?.close();
  });

  test("login page, empty and with field errors", async () => {
    await page.goto("/app/login");
    await waitForPage(page);
    expect(await page.locator("html").getAttribute("lang")).toBe(language);
    await expectNoAxeViolations(page);

    await page.locator("form button[type=submit]").click();
    await page.locator("[aria-invalid=true]").first().waitFor();
    await expectNoAxeViolations(page);
  });

  describe("signed in", () => {
    beforeAll(async () => {
      await logIn(context);
    });

    test.each(appPages)("$name", async ({ path }) => {
      await page.goto(path);
      await waitForPage(page);
      expect(await page.locator("html").getAttribute("lang")).toBe(language);
      await expectNoAxeViolations(page);
    });
  });
});
