import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, test } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, openContext, waitForPage } from "./support/browser.js";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: Error[];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await openContext(browser, "de", [new URL(inject("e2eSso").issuer).origin]);
  page = await context.newPage();
  pageErrors = collectPageErrors(page);
});

afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await context.close();
});

/** From our login page through the provider's own login form, until the provider sends the browser back. */
async function signInAtProvider(login: string) {
  const { issuer, providerName } = inject("e2eSso");
  await page.goto("/app/login");
  await waitForPage(page);
  await page.getByRole("link", { name: `Anmelden mit ${providerName}` }).click();
  await page.waitForURL((url) => url.origin === issuer);
  await page.getByLabel("Username").fill(login);
  await page.getByLabel("Password").fill("any password");
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("single sign-on through the identity provider lands signed in with the mapped membership", async () => {
  const { staffAccount, organisationName } = inject("e2eSso");
  await signInAtProvider(staffAccount.login);

  await page.waitForURL((url) => url.pathname === "/app/");
  await waitForPage(page);
  expect(await page.getByTestId("current-user").textContent()).toBe(staffAccount.displayName);
  const memberships = page.locator("section[aria-labelledby=memberships-heading]");
  expect(await memberships.textContent()).toContain(organisationName);
  expect(await memberships.textContent()).toContain("Träger-Mitarbeit");
  const session = await context.request.get("/api/sessions/current");
  expect(session.status()).toBe(200);
  expect((await session.json()).memberships).toEqual([
    expect.objectContaining({ organisationName, role: "provider_staff" }),
  ]);
});

test("an account whose claims map to no role is turned back with a translated message", async () => {
  await signInAtProvider(inject("e2eSso").roleLessAccount.login);

  await page.waitForURL((url) => url.pathname === "/app/login");
  expect(new URL(page.url()).searchParams.get("error")).toBe("no_role");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.textContent()).toContain("keine Rolle in KommMit");
  expect((await context.request.get("/api/sessions/current")).status()).toBe(401);
  await expectNoAxeViolations(page);
});
