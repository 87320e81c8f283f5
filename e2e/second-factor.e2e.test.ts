import { Secret, TOTP } from "otpauth";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, openContext, waitForPage } from "./support/browser.js";

/**
 * A caseworker's first login enrols an authenticator through the UI; later logins need a code or a
 * recovery code. Runs in order: each test continues where the one before left the account.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: Error[];
let secret = "";
let recoveryCodes: string[] = [];
/** The last TOTP time step the server accepted: it takes each step only once (replay protection). */
let lastUsedStep = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await openContext(browser, "de");
  page = await context.newPage();
  pageErrors = collectPageErrors(page);
});

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
});

/** A code for a step the server has not seen yet: now, or the next step (the window is ±1). */
async function nextCode(): Promise<string> {
  let step = Math.max(TOTP.counter(), lastUsedStep + 1);
  while (step > TOTP.counter() + 1) {
    await new Promise((resolve) => setTimeout(resolve, TOTP.remaining()));
    step = Math.max(TOTP.counter(), lastUsedStep + 1);
  }
  lastUsedStep = step;
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * 30_000 });
}

async function enterPassword() {
  const { email, password } = inject("e2eEnrolmentUser");
  await page.goto("/app/login");
  await waitForPage(page);
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(password);
  await page.locator("input[name=password]").press("Enter");
}

async function logOut() {
  await page.getByRole("button", { name: "Abmelden" }).click();
  await page.waitForURL((url) => url.pathname === "/app/login");
}

test("the first login enrols an authenticator, then shows the recovery codes once", async () => {
  await enterPassword();
  await page.getByRole("heading", { level: 1, name: "Zweiten Faktor einrichten" }).waitFor();
  const qrCode = page.getByRole("img", { name: /QR-Code zum Einrichten/ });
  await qrCode.waitFor();
  expect(await qrCode.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
  await expectNoAxeViolations(page);

  secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const codeInput = page.locator("input[name=code]");
  await codeInput.fill("000000");
  await codeInput.press("Enter");
  await expect.poll(() => codeInput.getAttribute("aria-invalid")).toBe("true");

  await codeInput.fill(await nextCode());
  await codeInput.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Wiederherstellungscodes" }).waitFor();
  recoveryCodes = await page.getByTestId("recovery-codes").locator("li").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  await expectNoAxeViolations(page);

  const proceed = page.getByRole("button", { name: "Weiter" });
  expect(await proceed.isDisabled()).toBe(true);
  await page.getByRole("checkbox", { name: "Ich habe die Codes sicher gespeichert." }).check();
  await proceed.click();
  await page.waitForURL((url) => url.pathname === "/app/");
  await waitForPage(page);
  expect(await page.getByTestId("current-user").textContent()).toBe(inject("e2eEnrolmentUser").displayName);
});

test("the next login asks for the code from the app", async () => {
  await logOut();
  await enterPassword();
  await page.getByRole("heading", { level: 1, name: "Zweiter Faktor" }).waitFor();
  // The password form is gone; focus moved to the new step's heading.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
  await expectNoAxeViolations(page);
  const codeInput = page.locator("input[name=code]");
  await codeInput.fill(await nextCode());
  await codeInput.press("Enter");
  await page.waitForURL((url) => url.pathname === "/app/");
  await waitForPage(page);
});

test("a recovery code works once instead of the code", async () => {
  await logOut();
  await enterPassword();
  await page.getByRole("button", { name: "Wiederherstellungscode verwenden" }).click();
  const input = page.locator("input[name=recoveryCode]");
  await input.fill(recoveryCodes[0] ?? "");
  await input.press("Enter");
  await page.waitForURL((url) => url.pathname === "/app/");
  await waitForPage(page);

  await logOut();
  await enterPassword();
  await page.getByRole("button", { name: "Wiederherstellungscode verwenden" }).click();
  await input.fill(recoveryCodes[0] ?? "");
  await input.press("Enter");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.textContent()).toContain("Dieser Wiederherstellungscode ist falsch oder wurde schon verwendet.");
  await page.getByRole("button", { name: "Abbrechen und abmelden" }).click();
  await page.getByRole("heading", { level: 1, name: "Anmelden" }).waitFor();
});

test("the security page shows the codes left and the sessions, and logs out everywhere", async () => {
  await enterPassword();
  const codeInput = page.locator("input[name=code]");
  await codeInput.fill(await nextCode());
  await codeInput.press("Enter");
  await page.waitForURL((url) => url.pathname === "/app/");

  await page.getByRole("link", { name: "Sicherheit" }).click();
  await page.waitForURL((url) => url.pathname === "/app/security");
  await waitForPage(page);
  expect(await page.getByTestId("recovery-codes-left").textContent()).toBe(
    "Noch 9 unbenutzte Wiederherstellungscodes.",
  );
  await page.getByText("Diese Sitzung").waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Überall abmelden" }).click();
  const dialog = page.getByRole("dialog", { name: "Überall abmelden?" });
  await dialog.waitFor();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Überall abmelden" }).click();
  await page.waitForURL((url) => url.pathname === "/app/login");
  expect((await context.request.get("/api/sessions")).status()).toBe(401);
});
