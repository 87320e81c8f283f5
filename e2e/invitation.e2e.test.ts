import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import {
  collectPageErrors,
  launchBrowser,
  logIn,
  openContext,
  type TLanguage,
  waitForPage,
} from "./support/browser.js";
import { findLinkPath, waitForMailTo } from "./support/mailbox.js";
import { createAddress } from "./support/people.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type TSession = { context: BrowserContext; page: Page; pageErrors: Error[] };

async function openSession(language: TLanguage, isSignedIn: boolean): Promise<TSession> {
  const context = await openContext(browser, language);
  if (isSignedIn) await logIn(context);
  const page = await context.newPage();
  return { context, page, pageErrors: collectPageErrors(page) };
}

async function closeSession({ context, pageErrors }: TSession) {
  expect(pageErrors).toEqual([]);
  await context.close();
}

/** Picks an option of a Mantine Select by the select's label and the option's text. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole("dialog").getByRole("textbox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

test("an administrator invites a person; they accept through the mailed link, log in and see their membership", async () => {
  const email = createAddress("e2e-invitee");
  const admin = await openSession("de", true);
  const { page } = admin;
  await page.goto("/app/administration/users");
  await waitForPage(page);
  await page.getByRole("button", { name: "Person einladen" }).click();
  await page.getByRole("dialog").waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Einladung senden" }).click();
  await page.getByRole("dialog").getByText("Bitte füllen Sie dieses Feld aus.").first().waitFor();

  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=displayName]").fill("Leonie Yılmaz");
  await choose(page, "Organisation", "Landkreis Osnabrück");
  await choose(page, "Rolle", "Redaktion");
  await page.getByRole("button", { name: "Einladung senden" }).click();
  await page.getByRole("dialog").getByText("Einladung unterwegs").waitFor();
  await page.getByRole("button", { name: "Schließen" }).first().click();

  await page.getByRole("searchbox", { name: "Nach Name oder E-Mail suchen" }).fill(email);
  const row = page.getByRole("row").filter({ hasText: email });
  await row.waitFor();
  expect(await row.textContent()).toContain("eingeladen");

  const invitee = await openSession("de", false);
  const mail = await waitForMailTo(email, "Einladung");
  expect(mail.text).toContain("Erika Mustermann hat Sie zu KommMit eingeladen");
  await invitee.page.goto(findLinkPath(mail, "/app/invitation/"));
  await waitForPage(invitee.page);
  await invitee.page.locator("input[name=password]").waitFor();
  expect(await invitee.page.locator("input[name=displayName]").inputValue()).toBe("Leonie Yılmaz");
  await expectNoAxeViolations(invitee.page);
  const password = "Sieben Brücken über die Hase";
  await invitee.page.locator("input[name=password]").fill(password);
  await invitee.page.getByRole("button", { name: "Einladung annehmen" }).click();
  await invitee.page.getByRole("status").filter({ hasText: "Ihr Konto ist aktiv" }).waitFor();

  await invitee.page.getByRole("link", { name: "Zurück zur Anmeldung" }).click();
  await invitee.page.locator("input[name=email]").fill(email);
  await invitee.page.locator("input[name=password]").fill(password);
  await invitee.page.getByRole("button", { name: "Anmelden" }).click();
  await invitee.page.waitForURL((url) => url.pathname === "/app/");
  const memberships = invitee.page.getByRole("region", { name: "Ihre Zugänge" });
  await memberships.waitFor();
  expect(await memberships.textContent()).toContain("Landkreis Osnabrück");
  expect(await memberships.textContent()).toContain("Redaktion");
  const navigation = await invitee.page.getByRole("navigation").textContent();
  expect(navigation).not.toContain("Benutzer");
  expect(navigation).not.toContain("Organisationen");
  await closeSession(invitee);

  await page.reload();
  await waitForPage(page);
  await page.getByRole("searchbox", { name: "Nach Name oder E-Mail suchen" }).fill(email);
  await page.getByRole("row").filter({ hasText: "aktiv" }).filter({ hasText: email }).waitFor();
  await page.getByRole("link", { name: "Leonie Yılmaz" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/app/administration/users/"));
  await waitForPage(page);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Deaktivieren" }).click();
  await page.getByRole("dialog").waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole("dialog").getByRole("button", { name: "Deaktivieren" }).click();
  await page.getByText("deaktiviert", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Wieder aktivieren" }).click();
  await page.getByText("aktiv", { exact: true }).waitFor();
  await closeSession(admin);
});

describe.each(["de", "en"] as const)("administration pages in %s (axe)", (language) => {
  test("organisations with the create dialog, users with the invite dialog", async () => {
    const session = await openSession(language, true);
    const { page } = session;
    await page.goto("/app/administration/organisations");
    await waitForPage(page);
    await page.getByRole("row").nth(1).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: language === "de" ? "Organisation anlegen" : "Add organisation" }).click();
    await page.getByRole("dialog").waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");

    await page.goto("/app/administration/users");
    await waitForPage(page);
    await page.getByRole("row").nth(1).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: language === "de" ? "Person einladen" : "Invite person" }).click();
    await page.getByRole("dialog").waitFor();
    await expectNoAxeViolations(page);
    await closeSession(session);
  });

  test("public pages: forgot password, an invalid invitation link", async () => {
    const session = await openSession(language, false);
    const { page } = session;
    await page.goto("/app/forgot-password");
    await waitForPage(page);
    await expectNoAxeViolations(page);
    await page.goto(`/app/invitation/${"y".repeat(43)}`);
    await waitForPage(page);
    await page.getByRole("alert").waitFor();
    await expectNoAxeViolations(page);
    await closeSession(session);
  });
});
