import { afterEach, beforeEach, expect, test } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { openSignedInPage, type TSignedInPage, waitForPage } from "./support/browser.js";

let signedIn: TSignedInPage;

beforeEach(async () => {
  signedIn = await openSignedInPage("de");
});

afterEach(async () => {
  expect(signedIn.pageErrors).toEqual([]);
  await signedIn.browser.close();
});

test("an administrator issues a token, sees the secret once, and revokes it after confirming", async () => {
  const { page, context } = signedIn;
  await page.goto("/app/");
  await waitForPage(page);
  await page.getByRole("navigation").getByRole("link", { name: "API-Tokens" }).click();
  await page.waitForURL((url) => url.pathname === "/app/administration/api-tokens");
  await waitForPage(page);

  await page.getByRole("button", { name: "Token erstellen" }).click();
  const form = page.getByRole("form", { name: "API-Token erstellen" });
  await form.waitFor();
  await form.getByRole("button", { name: "Erstellen" }).click();
  expect(await form.getByLabel("Name").getAttribute("aria-invalid")).toBe("true");
  expect(await form.getByLabel("Rolle").getAttribute("aria-invalid")).toBe("true");

  await form.getByLabel("Name").fill("Fachverfahren Ausländerbehörde");
  await form.getByLabel("Rolle").click();
  await page.getByRole("option", { name: "Fallbearbeitung" }).click();
  await form.getByRole("checkbox", { name: "person:list" }).check();
  await expectNoAxeViolations(page);
  await form.getByRole("button", { name: "Erstellen" }).click();

  const secret = page.getByTestId("api-token-secret");
  await secret.waitFor();
  const secretText = (await secret.textContent()) ?? "";
  expect(secretText).toMatch(/^kmt_[A-Za-z0-9_-]{43}$/);
  await page.getByRole("dialog", { name: "API-Token erstellen" }).waitFor({ state: "detached" });
  expect(await page.getByRole("dialog", { name: "Neues API-Token" }).textContent()).toContain("Nur jetzt sichtbar");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Fertig" }).click();

  const row = page.getByRole("row", { name: /Fachverfahren Ausländerbehörde/ });
  await row.waitFor();
  expect(await row.textContent()).toContain("aktiv");
  expect(await page.content()).not.toContain(secretText);
  const asToken = await context.request.get("/api/api-tokens", { headers: { authorization: `Bearer ${secretText}` } });
  expect(asToken.status()).toBe(403);

  await row.getByRole("button", { name: "Token „Fachverfahren Ausländerbehörde“ widerrufen" }).click();
  const dialog = page.getByRole("dialog", { name: "Token widerrufen" });
  await dialog.getByRole("button", { name: "Widerrufen" }).click();
  await dialog.waitFor({ state: "detached" });
  await expect.poll(async () => row.textContent()).toContain("widerrufen");
  const revoked = await context.request.get("/api/api-tokens", { headers: { authorization: `Bearer ${secretText}` } });
  expect(revoked.status()).toBe(401);
  await expectNoAxeViolations(page);
});
