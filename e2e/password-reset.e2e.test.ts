import { expect, test } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, logIn, openContext, setUpFreshPagePerTest, waitForPage } from "./support/browser.js";
import { findLinkPath, waitForMailTo } from "./support/mailbox.js";
import { createAcceptedUser } from "./support/people.js";

const ui = setUpFreshPagePerTest("de");

/** The text that describes the field (its description and error), once it contains the expected message. */
async function expectFieldError(name: string, message: string) {
  const input = ui.page.locator(`input[name=${name}]`);
  const describe = async () => {
    const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
    const ids = describedBy.split(" ").filter(Boolean);
    return (await Promise.all(ids.map((id) => ui.page.locator(`[id="${id}"]`).textContent()))).join(" ");
  };
  await expect.poll(describe).toContain(message);
}

test("forgotten password: request in the UI, open the mailed link, set a new password, log in", async () => {
  const setup = await openContext(ui.browser, "de");
  await logIn(setup);
  const email = await createAcceptedUser(setup.request, "Erstes Passwort für Jana");
  await setup.close();

  await ui.page.goto("/app/login");
  await waitForPage(ui.page);
  await ui.page.getByRole("link", { name: "Passwort vergessen?" }).click();
  await ui.page.waitForURL((url) => url.pathname === "/app/forgot-password");
  await waitForPage(ui.page);
  await expectNoAxeViolations(ui.page);
  await ui.page.locator("input[name=email]").fill(email);
  await ui.page.getByRole("button", { name: "Link anfordern" }).click();
  await ui.page.getByRole("status").filter({ hasText: "Wenn zu dieser Adresse ein aktives Konto gehört" }).waitFor();

  const mail = await waitForMailTo(email, "Passwort");
  expect(mail.subject).toBe("KommMit: Passwort zurücksetzen");
  const linkPath = findLinkPath(mail, "/app/reset-password/");
  await ui.page.goto(linkPath);
  await waitForPage(ui.page);
  await ui.page.locator("input[name=password]").waitFor();
  await expectNoAxeViolations(ui.page);

  await ui.page.locator("input[name=password]").fill("zu kurz");
  await ui.page.getByRole("button", { name: "Passwort speichern" }).click();
  await expectFieldError("password", "Mindestens 12 Zeichen");

  await ui.page.locator("input[name=password]").fill("passwort123456");
  await ui.page.getByRole("button", { name: "Passwort speichern" }).click();
  await expectFieldError("password", "zu verbreitet");
  await expectNoAxeViolations(ui.page);

  const newPassword = "Drei Kraniche über der Hase";
  await ui.page.locator("input[name=password]").fill(newPassword);
  await ui.page.getByRole("button", { name: "Passwort speichern" }).click();
  await ui.page
    .getByRole("status")
    .filter({ hasText: "Sie können sich jetzt mit dem neuen Passwort anmelden" })
    .waitFor();

  await ui.page.getByRole("link", { name: "Zurück zur Anmeldung" }).click();
  await ui.page.locator("input[name=email]").fill(email);
  await ui.page.locator("input[name=password]").fill(newPassword);
  await ui.page.getByRole("button", { name: "Anmelden" }).click();
  await ui.page.waitForURL((url) => url.pathname === "/app/");
  expect(await ui.page.getByTestId("current-user").textContent()).toBe("Jana Beispiel");

  const reused = await ui.context.request.post(`/api/password-resets/${linkPath.split("/").pop()}`, {
    data: { password: "Noch ein ganz neues Passwort" },
  });
  expect(reused.status()).toBe(404);
});

test("a used or unknown link says so, in English too, and offers a new one", async () => {
  const english = await openContext(ui.browser, "en");
  const englishPage = await english.newPage();
  const englishErrors = collectPageErrors(englishPage);
  try {
    await englishPage.goto(`/app/reset-password/${"x".repeat(43)}`);
    await waitForPage(englishPage);
    await englishPage.getByRole("alert").filter({ hasText: "This link is no longer valid." }).waitFor();
    await expectNoAxeViolations(englishPage);
    await englishPage.getByRole("link", { name: "Ask for a new link" }).click();
    await englishPage.waitForURL((url) => url.pathname === "/app/forgot-password");
    await waitForPage(englishPage);
    await expectNoAxeViolations(englishPage);
    expect(englishErrors).toEqual([]);
  } finally {
    await english.close();
  }
});
