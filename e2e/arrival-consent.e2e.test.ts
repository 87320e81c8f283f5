import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bramsche, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, openContext, waitForPage } from "./support/browser.js";
import { logInAsCaseworker } from "./support/caseworker.js";

/**
 * Consents on a person's file: recording the decisions of the signed form, seeing them per
 * purpose, withdrawing one after confirming, and the timeline telling what happened — in German
 * and English, axe-clean. The person is reached by id, never through the list.
 */
let session: TArrivalSession;
let page: Page;
let personId: string;

beforeAll(async () => {
  session = await openArrivalSession();
  page = session.page;
  personId = await session.register({
    givenName: "Iryna",
    familyName: "Melnyk",
    municipalityAgs: bramsche,
    preferredLanguage: "uk",
  });
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

describe("consents on the file", () => {
  test("records decisions with their notice, shows them per purpose, withdraws one after confirming", async () => {
    await page.goto(`/app/arrival/persons/${personId}`);
    const section = page.getByRole("region", { name: "Einwilligungen" });
    await section.getByRole("button", { name: "Einwilligung erfassen" }).click();
    const dialog = page.getByRole("dialog", { name: "Einwilligung erfassen" });
    const notice = dialog.getByRole("textbox", { name: "Gezeigte Datenschutzinformation", exact: true });
    await expect.poll(() => notice.inputValue()).toBe("Ukrainisch (Fassung 2026-12-01)");
    await dialog.getByRole("radiogroup", { name: "Beratung" }).getByRole("radio", { name: "erteilt" }).check();
    await dialog.getByRole("radiogroup", { name: "Statistik" }).getByRole("radio", { name: "abgelehnt" }).check();
    await dialog
      .getByRole("radiogroup", { name: "Weitergabe an Träger" })
      .getByRole("radio", { name: "erteilt" })
      .check();
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await dialog.getByText("Bitte wählen Sie mindestens einen Träger oder eine Trägerart.").waitFor();
    await expectNoAxeViolations(page);

    await session.choose(dialog, "Trägerarten", "Sprachschule", "Sprach");
    await dialog.getByRole("heading", { name: "Einwilligung erfassen" }).click();
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await dialog.waitFor({ state: "hidden" });
    await section.getByRole("status").filter({ hasText: "Die Entscheidungen wurden gespeichert." }).waitFor();

    const counselling = section.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Beratung" }) });
    await expect.poll(() => counselling.textContent()).toContain("erteilt");
    expect(await counselling.textContent()).toContain("Ukrainisch, Fassung 2026-12-01");
    expect(await counselling.textContent()).toContain("persönlich");
    const sharing = section
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Weitergabe an Träger" }) });
    expect(await sharing.textContent()).toContain("alle Träger der Art „Sprachschule“");
    const contact = section
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Kontakt durch die Gemeinde" }) });
    expect(await contact.textContent()).toContain("keine Entscheidung");
    await expectNoAxeViolations(page);

    await counselling.getByRole("button", { name: "Widerrufen: Beratung" }).click();
    const confirm = page.getByRole("dialog", { name: "Einwilligung widerrufen?" });
    await confirm.getByText("Die Einwilligung „Beratung“ wird ab sofort widerrufen.", { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await confirm.getByRole("button", { name: "Widerrufen" }).click();
    await confirm.waitFor({ state: "hidden" });
    await section.getByRole("status").filter({ hasText: "Die Einwilligung „Beratung“ wurde widerrufen." }).waitFor();
    await expect.poll(() => counselling.textContent()).toContain("widerrufen");
    expect(await counselling.getByRole("button").count()).toBe(0);
    expect(await section.getByRole("list", { name: "Verlauf der Einwilligungen" }).getByRole("listitem").count()).toBe(
      4,
    );

    const timeline = page.getByRole("region", { name: "Verlauf" });
    await expect.poll(() => timeline.textContent()).toContain("Einwilligung widerrufen");
    const text = (await timeline.textContent()) ?? "";
    for (const entry of ["Einwilligung erteilt", "Einwilligung abgelehnt", "Erfasst", "Beratung (persönlich)"]) {
      expect(text).toContain(entry);
    }
    expect(text).toContain("Statistik (persönlich)");
    await expectNoAxeViolations(page);
  });
});

describe("in English", () => {
  let english: BrowserContext;
  let englishPage: Page;
  let englishErrors: Error[];

  beforeAll(async () => {
    english = await openContext(session.browser, "en");
    await logInAsCaseworker(english, session.caseworker);
    englishPage = await english.newPage();
    englishErrors = collectPageErrors(englishPage);
  });

  afterAll(async () => {
    expect(englishErrors).toEqual([]);
    await english?.close();
  });

  test("shows the consents and the timeline translated and accessible, with the record dialog", async () => {
    await englishPage.goto(`/app/arrival/persons/${personId}`);
    await waitForPage(englishPage);
    const section = englishPage.getByRole("region", { name: "Consents" });
    const counselling = section
      .getByRole("row")
      .filter({ has: englishPage.getByRole("rowheader", { name: "Counselling" }) });
    await expect.poll(() => counselling.textContent()).toContain("withdrawn");
    expect(await counselling.textContent()).toContain("Ukrainian, version 2026-12-01");
    const timeline = englishPage.getByRole("region", { name: "Timeline" });
    await expect.poll(() => timeline.textContent()).toContain("Consent withdrawn");
    expect(await timeline.textContent()).toContain("Registered");
    await expectNoAxeViolations(englishPage);

    await section.getByRole("button", { name: "Record consent" }).click();
    const dialog = englishPage.getByRole("dialog", { name: "Record consent" });
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Please record at least one decision.").waitFor();
    await expectNoAxeViolations(englishPage);
  });
});
