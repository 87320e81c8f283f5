import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { launchBrowser, openContext, waitForPage } from "./support/browser.js";
import { finishLoginWithRecoveryCode } from "./support/second-factor.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function describeFocus(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase(),
      id: element?.id,
      name: element?.getAttribute("name"),
      text: element?.textContent?.trim(),
    };
  });
}

test("skip link, then the login fields in order, and Enter submits", async () => {
  const context = await openContext(browser, "de");
  const page = await context.newPage();
  const { email, password, displayName } = inject("e2eUser");
  await page.goto("/app/");
  await waitForPage(page);
  expect(new URL(page.url()).pathname).toBe("/app/login");

  await page.keyboard.press("Tab");
  expect(await describeFocus(page)).toMatchObject({ tag: "a", text: "Zum Inhalt springen" });
  expect(await page.locator("a[href='#main-content']").isVisible()).toBe(true);
  await page.keyboard.press("Enter");
  expect(await describeFocus(page)).toMatchObject({ tag: "main", id: "main-content" });

  await page.keyboard.press("Tab");
  expect(await describeFocus(page)).toMatchObject({ tag: "input", name: "email" });
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  expect(await describeFocus(page)).toMatchObject({ tag: "input", name: "password" });
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await finishLoginWithRecoveryCode(page, "de");

  await page.waitForURL((url) => url.pathname === "/app/");
  await waitForPage(page);
  expect(await page.getByTestId("current-user").textContent()).toBe(displayName);
  // Focus follows the navigation to the new page's heading.
  await expect.poll(() => describeFocus(page)).toMatchObject({ tag: "h1", text: "Start" });
  await context.close();
});

test("inside the app the skip link passes header and navigation; nav links work by keyboard", async () => {
  const context = await openContext(browser, "en");
  const page = await context.newPage();
  const { email, password } = inject("e2eUser");
  await page.goto("/app/login");
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(password);
  await page.getByRole("button", { name: "Log in" }).press("Enter");
  await finishLoginWithRecoveryCode(page, "en");
  await page.waitForURL((url) => url.pathname === "/app/");
  await page.reload();
  await waitForPage(page);

  await page.keyboard.press("Tab");
  expect(await describeFocus(page)).toMatchObject({ tag: "a", text: "Skip to content" });
  await page.keyboard.press("Enter");
  expect(await describeFocus(page)).toMatchObject({ tag: "main" });
  await page.keyboard.press("Tab");
  // The first focusable element of the start page's content, not the header or the navigation.
  const firstInMain = await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement));
  expect(firstInMain).toBe(true);

  const referenceLink = page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", {
    name: "Reference data",
  });
  await referenceLink.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => describeFocus(page)).toMatchObject({ tag: "h1", text: "Reference data" });
  expect(await referenceLink.getAttribute("aria-current")).toBe("page");

  await page.getByRole("tab", { name: "Municipalities" }).focus();
  await page.keyboard.press("ArrowRight");
  const unitsTab = page.getByRole("tab", { name: "Administrations" });
  await expect.poll(() => unitsTab.getAttribute("aria-selected")).toBe("true");
  expect(new URL(page.url()).searchParams.get("tab")).toBe("municipal-units");

  const populationHeader = page.getByRole("columnheader", { name: "Population" });
  await populationHeader.getByRole("button").focus();
  await page.keyboard.press("Enter");
  expect(await populationHeader.getAttribute("aria-sort")).toBe("ascending");
  await page.keyboard.press("Space");
  expect(await populationHeader.getAttribute("aria-sort")).toBe("descending");
  await context.close();
});
