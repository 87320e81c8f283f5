import fs from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test, vi } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, openContext, type TLanguage, waitForPage } from "./support/browser.js";
import { finishLoginWithRecoveryCode, logInThroughApi } from "./support/second-factor.js";

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

async function openPage(language: TLanguage) {
  context = await openContext(browser, language);
  page = await context.newPage();
  pageErrors = collectPageErrors(page);
}

afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await context.close();
});

/** The auditor signs in through the login form, as a person would. */
async function logInAsAuditor() {
  const { email, password } = inject("e2eAuditor");
  await page.goto("/app/login");
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(password);
  await page.locator("input[name=password]").press("Enter");
  await finishLoginWithRecoveryCode(page, "de", inject("e2eAuditor"));
  await page.waitForURL((url) => url.pathname === "/app/");
  await waitForPage(page);
}

/** The action column of every row shown. */
async function shownActions(): Promise<string[]> {
  return page.locator("table tbody tr td:nth-child(3)").allTextContents();
}

describe("the auditor screen", () => {
  beforeEach(() => openPage("de"));

  test("an auditor finds the trail in the navigation, sees logins and filters by action", async () => {
    // A failed login of someone else, so there is something to filter for.
    const failed = await context.request.post("/api/sessions", {
      data: { email: "unbekannt@landkreis-osnabrueck.test", password: "falsch-falsch-falsch" },
    });
    expect(failed.status()).toBe(401);
    await logInAsAuditor();

    await page.getByRole("navigation").getByRole("link", { name: "Prüfprotokoll" }).click();
    await page.waitForURL((url) => url.pathname === "/app/audit");
    // The start page's heading stays a moment after the address changed: wait for the trail's own.
    await page.getByRole("heading", { level: 1, name: "Prüfprotokoll" }).waitFor();
    await waitForPage(page);
    expect(await shownActions()).not.toEqual([]);
    await expectNoAxeViolations(page);

    // Other test files log in at the same time; the auditor's own events are found by filtering.
    await page.getByLabel("Benutzer (E-Mail-Adresse oder ID)").fill(inject("e2eAuditor").email);
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await page.waitForURL((url) => url.searchParams.has("userEmail") || url.searchParams.has("userId"));
    await waitForPage(page);
    expect(await shownActions()).toContain("Anmeldung");
    expect(await page.locator("table").textContent()).toContain(inject("e2eAuditor").displayName);
    await page.getByLabel("Benutzer (E-Mail-Adresse oder ID)").fill("");

    await page.getByLabel("Aktion").selectOption({ label: "Fehlgeschlagene Anmeldung" });
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await page.waitForURL((url) => url.searchParams.get("action") === "session.login_failed");
    await waitForPage(page);
    // The address changes a moment before the table re-renders for it: wait for the filtered rows.
    await vi.waitFor(async () => {
      const actions = await shownActions();
      expect(actions.length).toBeGreaterThan(0);
      expect(new Set(actions)).toEqual(new Set(["Fehlgeschlagene Anmeldung"]));
    });
    expect(await page.getByRole("status").filter({ hasText: "Seite 1 von" }).count()).toBe(1);
  });

  test("a malformed filter is caught at its field; an unmatched one shows the empty state", async () => {
    await logInAsAuditor();
    await page.goto("/app/audit");
    await waitForPage(page);
    await page.getByLabel("Personen-ID").fill("keine-id");
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    const person = page.getByLabel("Personen-ID");
    expect(await person.getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);

    await person.fill("00000000-0000-4000-8000-000000000000");
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await page.getByText("Keine Einträge passen zu diesen Filtern.").waitFor();
  });

  test("the export downloads a CSV with BOM and header, with the current filters", async () => {
    await logInAsAuditor();
    await page.goto("/app/audit?action=session.login");
    await waitForPage(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "CSV exportieren" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-events-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await fs.readFile(await download.path(), "utf8");
    expect(text.startsWith("\uFEFFPosition,Zeitpunkt (UTC),Aktion,Benutzer-ID,Name,E-Mail,")).toBe(true);
    const [, ...records] = parse(text, { bom: true }) as string[][];
    const actions = records.map((record) => record[2]);
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(["session.login"]));
  });
});

describe("the auditor screen in English", () => {
  beforeEach(() => openPage("en"));

  test("passes axe and speaks English, down to the export's headers", async () => {
    const auditor = inject("e2eAuditor");
    await logInThroughApi(context.request, auditor.email, auditor.password, auditor);
    await page.goto("/app/audit");
    await waitForPage(page);
    expect(await page.locator("h1").textContent()).toBe("Audit trail");
    expect(await shownActions()).toContain("Login");
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export CSV" }).click(),
    ]);
    const text = await fs.readFile(await download.path(), "utf8");
    expect(text.startsWith("\uFEFFPosition,Time (UTC),Action,User id,Name,E-mail,")).toBe(true);
  });
});
