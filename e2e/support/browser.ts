import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";
import { logInThroughApi } from "./second-factor.js";

/** Debian's Chromium, never a downloaded browser; no background traffic to Google. */
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type TLanguage = "de" | "en";

const browserLocales: Record<TLanguage, string> = { de: "de-DE", en: "en-GB" };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: chromiumArgs });
}

/**
 * A fresh browser profile (no cookies, no stored language) whose browser language is the given
 * one. Requests to any host but the test server (and the origins named, e.g. the test identity
 * provider) are aborted.
 */
export async function openContext(
  browser: Browser,
  language: TLanguage = "de",
  otherAllowedOrigins: readonly string[] = [],
  /** Further context options, e.g. JavaScript off for the server-rendered portal, or a portal language as `locale`. */
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const baseURL = inject("e2eBaseUrl");
  const context = await browser.newContext({
    ...options,
    baseURL,
    locale: options.locale ?? browserLocales[language],
  });
  const allowedOrigins = new Set([new URL(baseURL).origin, ...otherAllowedOrigins]);
  await context.route("**/*", (route) =>
    allowedOrigins.has(new URL(route.request().url()).origin) ? route.continue() : route.abort("blockedbyclient"),
  );
  return context;
}

/**
 * Logs the context in through the API, second factor included; its pages then share the session
 * cookie.
 */
export async function logIn(context: BrowserContext) {
  const { email, password } = inject("e2eUser");
  await logInThroughApi(context.request, email, password);
}

/** Uncaught exceptions in the page; a test asserts there were none. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  return errors;
}

/** Waits until the page shows its h1 and nothing is loading any more (skeletons carry aria-busy). */
export async function waitForPage(page: Page) {
  await page.locator("h1").first().waitFor();
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"], .mantine-Loader-root') === null);
}

export type TSignedInPage = { browser: Browser; context: BrowserContext; page: Page; pageErrors: Error[] };

/** A browser with a logged-in context and one page whose uncaught errors are collected. */
export async function openSignedInPage(language: TLanguage = "de"): Promise<TSignedInPage> {
  const browser = await launchBrowser();
  const context = await openContext(browser, language);
  await logIn(context);
  const page = await context.newPage();
  return { browser, context, page, pageErrors: collectPageErrors(page) };
}

export type TFreshPage = { browser: Browser; context: BrowserContext; page: Page; pageErrors: Error[] };

/**
 * One browser per test file and a fresh, signed-out context and page per test, which must end
 * without page errors. Read the fields inside tests: they change from test to test.
 */
export function setUpFreshPagePerTest(language: TLanguage = "de"): TFreshPage {
  const fresh = {} as TFreshPage;
  beforeAll(async () => {
    fresh.browser = await launchBrowser();
  });
  afterAll(async () => {
    await fresh.browser?.close();
  });
  beforeEach(async () => {
    fresh.context = await openContext(fresh.browser, language);
    fresh.page = await fresh.context.newPage();
    fresh.pageErrors = collectPageErrors(fresh.page);
  });
  afterEach(async () => {
    expect(fresh.pageErrors).toEqual([]);
    await fresh.context.close();
  });
  return fresh;
}
