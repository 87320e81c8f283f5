import { expect, inject, test } from "vitest";
import { setUpFreshPagePerTest, waitForPage } from "./support/browser.js";
import { finishLoginWithRecoveryCode } from "./support/second-factor.js";

const ui = setUpFreshPagePerTest("de");

const emailInput = () => ui.page.locator("input[name=email]");
const passwordInput = () => ui.page.locator("input[name=password]");

/** Logs in with the e2e user through the form (both steps), submitting with Enter, and waits for the start ui.page. */
async function logInThroughForm() {
  const { email, password } = inject("e2eUser");
  await ui.page.goto("/app/login");
  await emailInput().fill(email);
  await passwordInput().fill(password);
  await passwordInput().press("Enter");
  await finishLoginWithRecoveryCode(ui.page);
  await ui.page.waitForURL((url) => url.pathname === "/app/");
}

async function fieldError(input: ReturnType<typeof emailInput>) {
  const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(
    describedBy
      .split(" ")
      .filter(Boolean)
      .map((id) => ui.page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(" ");
}

test("a page behind login sends to the login page and back to it afterwards", async () => {
  const { email, password, displayName } = inject("e2eUser");
  await ui.page.goto("/app/administration/reference-data?tab=languages");
  await waitForPage(ui.page);
  expect(new URL(ui.page.url()).pathname).toBe("/app/login");

  await emailInput().fill(email);
  await passwordInput().fill(password);
  await ui.page.getByRole("button", { name: "Anmelden" }).click();
  await finishLoginWithRecoveryCode(ui.page);

  await ui.page.waitForURL((url) => url.pathname === "/app/administration/reference-data");
  expect(new URL(ui.page.url()).searchParams.get("tab")).toBe("languages");
  expect(await ui.page.getByTestId("current-user").textContent()).toBe(displayName);
});

test("empty and malformed input is caught in the browser, with messages at the fields", async () => {
  await ui.page.goto("/app/login");
  await waitForPage(ui.page);
  await ui.page.getByRole("button", { name: "Anmelden" }).click();

  expect(await emailInput().getAttribute("aria-invalid")).toBe("true");
  expect(await fieldError(emailInput())).toContain("Bitte füllen Sie dieses Feld aus.");
  expect(await fieldError(passwordInput())).toContain("Bitte füllen Sie dieses Feld aus.");
  expect(await ui.page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("email");

  await emailInput().fill("keine-adresse");
  expect(await emailInput().getAttribute("aria-invalid")).not.toBe("true");
  await ui.page.getByRole("button", { name: "Anmelden" }).click();
  expect(await fieldError(emailInput())).toContain("Bitte geben Sie eine gültige E-Mail-Adresse ein.");
});

test("the server's field problems (422) are shown at the fields they name", async () => {
  await ui.page.goto("/app/login");
  await waitForPage(ui.page);
  // The browser check would stop this input, so it is changed on the way to the real server.
  await ui.page.route("**/api/sessions", (route) =>
    route.continue({ postData: JSON.stringify({ email: "keine-adresse", password: "x" }) }),
  );
  await emailInput().fill("jemand@landkreis-osnabrueck.test");
  await passwordInput().fill("x");
  await ui.page.getByRole("button", { name: "Anmelden" }).click();

  await expect.poll(() => emailInput().getAttribute("aria-invalid")).toBe("true");
  expect(await fieldError(emailInput())).toMatch(/E-Mail/);
  expect(await passwordInput().getAttribute("aria-invalid")).not.toBe("true");
});

test("wrong credentials keep the user on the login page with a message", async () => {
  const { email } = inject("e2eUser");
  await ui.page.goto("/app/login");
  await waitForPage(ui.page);
  await emailInput().fill(email);
  await passwordInput().fill("falsches-passwort");
  await ui.page.getByRole("button", { name: "Anmelden" }).click();

  const alert = ui.page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.textContent()).toContain("E-Mail-Adresse oder Passwort ist falsch.");
  expect(new URL(ui.page.url()).pathname).toBe("/app/login");
});

test("logout ends the session on the server and returns to the login page", async () => {
  await logInThroughForm();

  await ui.page.getByRole("button", { name: "Abmelden" }).click();
  await ui.page.waitForURL((url) => url.pathname === "/app/login");
  expect((await ui.context.request.get("/api/sessions/current")).status()).toBe(401);

  await ui.page.goto("/app/");
  await waitForPage(ui.page);
  expect(new URL(ui.page.url()).pathname).toBe("/app/login");
});

test("an ended session (expired, or logged out in another tab) leads to the login page", async () => {
  await logInThroughForm();
  await waitForPage(ui.page);
  await ui.page.waitForLoadState("networkidle");

  await ui.context.request.delete("/api/sessions/current");
  await ui.page.getByRole("navigation").getByRole("link", { name: "Referenzdaten" }).click();
  await ui.page.waitForURL((url) => url.pathname === "/app/login");
});
