import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, logIn, openContext, waitForPage } from "./support/browser.js";
import { createE2eCaseworker, type TE2eCaseworker } from "./support/caseworker.js";

/**
 * The integration concept in the staff app (issue 8): a district coordinator starts a period, enters a
 * field of action's guiding principle, a sub-goal with baseline and targets, a measure with partners,
 * changes the measure (once against a newer version: 409, reload), finds it all in the history, exports
 * the period as a workbook and imports it back (dry run: all unchanged), and closes the period (its parts
 * then read only);
 * list, period and history pass axe in German and in English.
 */
const suffix = Date.now().toString(36);
const periodName = `Integrationskonzept ${suffix}`;
const partners = [`Sprachschule Hase ${suffix}`, `Caritas Osnabrück ${suffix}`];
let browser: Browser;
let coordinatorContext: BrowserContext;
let coordinator: TE2eCaseworker;
let page: Page;
let pageErrors: Error[];
let periodAddress = "";

/** Opens a Mantine select (or multi-select), types to narrow its options, and clicks the option. */
async function choose(scope: Locator, label: string, option: string, typed?: string) {
  const input = scope.getByRole("textbox", { name: label, exact: true }).first();
  await input.click();
  if (typed !== undefined) await input.fill(typed);
  await page.getByRole("listbox").getByRole("option", { name: option, exact: true }).click();
}

async function save(dialog: Locator) {
  await dialog.getByRole("button", { name: "Speichern" }).click();
  await dialog.waitFor({ state: "hidden" });
}

beforeAll(async () => {
  browser = await launchBrowser();
  const administration = await openContext(browser, "de");
  await logIn(administration);
  for (const [index, name] of partners.entries()) {
    const providerType = index === 0 ? "language_school" : "welfare_association";
    const created = await administration.request.post("/api/organisations", {
      data: { kind: "provider", name, providerType },
    });
    expect(created.status()).toBe(201);
  }
  coordinatorContext = await openContext(browser, "de");
  coordinator = await createE2eCaseworker(administration.request, coordinatorContext, {
    role: "district_coordinator",
    displayName: "Karla Koordination",
  });
  await administration.close();
  page = await coordinatorContext.newPage();
  pageErrors = collectPageErrors(page);
}, 120_000);

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
});

describe("the integration concept", () => {
  test("a coordinator builds a period with a statement, a sub-goal and a measure, edits it and sees the history", async () => {
    await page.goto("/app/steering");
    await waitForPage(page);
    await page.getByRole("heading", { level: 1, name: "Integrationskonzept" }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Neuer Konzeptzeitraum" }).click();
    const periodDialog = page.getByRole("dialog", { name: "Neuer Konzeptzeitraum" });
    await periodDialog.getByRole("textbox", { name: "Name", exact: true }).fill(periodName);
    await periodDialog.getByRole("textbox", { name: "Anfangsjahr", exact: true }).fill("2026");
    await periodDialog.getByRole("textbox", { name: "Endjahr", exact: true }).fill("2025");
    await periodDialog.getByRole("button", { name: "Zeitraum anlegen" }).click();
    await periodDialog.getByText("Das Endjahr darf nicht vor dem Anfangsjahr liegen.").first().waitFor();
    await periodDialog.getByRole("textbox", { name: "Endjahr", exact: true }).fill("2030");
    await periodDialog.getByRole("button", { name: "Zeitraum anlegen" }).click();
    await page.getByRole("heading", { level: 1, name: periodName }).waitFor();
    periodAddress = new URL(page.url()).pathname;
    await waitForPage(page);

    const field = page.getByRole("region", { name: /^Handlungsfeld 1:/ });
    await field.getByRole("button", { name: /^Leitbild für .* eintragen$/ }).click();
    const statementDialog = page.getByRole("dialog", { name: /^Leitbild:/ });
    await statementDialog
      .getByRole("textbox", { name: "Leitbild", exact: true })
      .fill("Alle sprechen Deutsch im Alltag.");
    await statementDialog.getByRole("textbox", { name: "Herausforderungen", exact: true }).fill("Lange Wartezeiten.");
    await save(statementDialog);
    await field.getByText("Alle sprechen Deutsch im Alltag.").waitFor();

    await field.getByRole("button", { name: /^Teilziel zu .* hinzufügen$/ }).click();
    const subGoalDialog = page.getByRole("dialog", { name: /^Neues Teilziel:/ });
    await subGoalDialog.getByRole("button", { name: "Speichern" }).click();
    await subGoalDialog.locator("[data-form-messages]").waitFor();
    await subGoalDialog.getByRole("textbox", { name: "Bezeichnung", exact: true }).fill("Schneller Sprachkurs");
    await subGoalDialog
      .getByRole("textbox", { name: "Indikator (Beschreibung)", exact: true })
      .fill("Tage bis zum Kursbeginn");
    await choose(subGoalDialog, "Berechnete Kennzahl", "Anteil mit Sprachkurs innerhalb von drei Monaten");
    await subGoalDialog.getByRole("textbox", { name: "Einheit", exact: true }).fill("%");
    await subGoalDialog.getByRole("textbox", { name: "Ausgangswert", exact: true }).fill("42,5");
    await subGoalDialog.getByRole("textbox", { name: "Jahr des Ausgangswerts", exact: true }).fill("2025");
    await subGoalDialog.getByRole("textbox", { name: "Quelle des Ausgangswerts", exact: true }).fill("Kursstatistik");
    await subGoalDialog.getByRole("textbox", { name: "Zielwert 2026", exact: true }).fill("50");
    await subGoalDialog.getByRole("textbox", { name: "Zielwert 2030", exact: true }).fill("75");
    await expectNoAxeViolations(page);
    await save(subGoalDialog);
    const subGoal = page.getByRole("article", { name: "Teilziel 1.1: Schneller Sprachkurs" });
    const targets = subGoal.getByRole("table", { name: "Zielwerte von Teilziel 1.1" });
    expect(await targets.getByRole("row", { name: /2030/ }).textContent()).toContain("75 %");
    expect(await subGoal.textContent()).toContain("42,5 % im Jahr 2025 (Quelle: Kursstatistik)");

    await subGoal.getByRole("button", { name: "Maßnahme zu Teilziel 1.1 hinzufügen" }).click();
    const measureDialog = page.getByRole("dialog", { name: "Neue Maßnahme zu Teilziel 1.1" });
    await measureDialog.getByRole("textbox", { name: "Bezeichnung", exact: true }).fill("Sprachcafé");
    await choose(measureDialog, "Partnerorganisationen", partners[0] ?? "", partners[0]);
    await choose(measureDialog, "Partnerorganisationen", partners[1] ?? "", partners[1]);
    await choose(measureDialog, "Betroffene Gemeinden", "Bramsche", "Brams");
    await measureDialog.getByRole("textbox", { name: "Weitere Partner", exact: true }).fill("Kirchengemeinde");
    await measureDialog.getByRole("textbox", { name: "Budget (Euro)", exact: true }).fill("1500,50");
    await save(measureDialog);
    const measure = subGoal.getByRole("listitem").filter({ hasText: "Maßnahme 1.1.1: Sprachcafé" });
    await measure.waitFor();
    const measureText = await measure.textContent();
    for (const expected of [...partners, "Bramsche", "Kirchengemeinde", "geplant"]) {
      expect(measureText).toContain(expected);
    }
    expect(measureText).toMatch(/1\.500,50\s€/);
    await expectNoAxeViolations(page);

    await measure.getByRole("button", { name: "Maßnahme 1.1.1 bearbeiten" }).click();
    let editDialog = page.getByRole("dialog", { name: "Maßnahme 1.1.1 bearbeiten" });
    await choose(editDialog, "Status", "läuft");
    await editDialog.getByRole("textbox", { name: "Stand der Umsetzung", exact: true }).fill("Startet im Frühjahr.");
    await save(editDialog);
    await measure.getByText("läuft", { exact: true }).waitFor();

    // Someone else saves the measure meanwhile: the next save is refused, the reload shows their change.
    const periodId = periodAddress.split("/").pop() ?? "";
    const tree = await (await coordinatorContext.request.get(`/api/steering/concept-periods/${periodId}`)).json();
    const stored = tree.statements[0].subGoals[0].measures[0];
    const meanwhile = await coordinatorContext.request.put(`/api/steering/measures/${stored.id}`, {
      data: {
        number: 1,
        title: stored.title,
        partnerOrganisationIds: stored.partnerOrganisations.map((partner: { id: string }) => partner.id),
        municipalityAgs: stored.municipalityAgs,
        otherPartners: stored.otherPartners,
        budgetEur: stored.budgetEur,
        status: "running",
        progressNotes: "Anderswo geändert.",
        version: stored.version,
      },
    });
    expect(meanwhile.status()).toBe(200);
    await measure.getByRole("button", { name: "Maßnahme 1.1.1 bearbeiten" }).click();
    editDialog = page.getByRole("dialog", { name: "Maßnahme 1.1.1 bearbeiten" });
    await editDialog.getByRole("textbox", { name: "Stand der Umsetzung", exact: true }).fill("Meine Fassung.");
    await editDialog.getByRole("button", { name: "Speichern" }).click();
    await editDialog.getByRole("alert").filter({ hasText: "inzwischen geändert" }).waitFor();
    await editDialog.getByRole("button", { name: "Konzept neu laden" }).click();
    await editDialog.waitFor({ state: "hidden" });
    await measure.getByText("Anderswo geändert.").waitFor();

    // A sub-goal with measures cannot go: the dialog says why.
    await subGoal.getByRole("button", { name: "Teilziel 1.1 löschen" }).click();
    const deleteDialog = page.getByRole("dialog", { name: "Teilziel 1.1 löschen?" });
    await deleteDialog.getByRole("button", { name: "Endgültig löschen" }).click();
    await deleteDialog.getByRole("alert").waitFor();
    await deleteDialog.getByRole("button", { name: "Abbrechen" }).click();
    await deleteDialog.waitFor({ state: "hidden" });

    await page.getByRole("link", { name: "Verlauf" }).click();
    await page.getByRole("heading", { level: 1, name: `Verlauf: ${periodName}` }).waitFor();
    await waitForPage(page);
    const history = page.getByRole("table", { name: "Änderungen am Konzept, die neuesten zuerst" });
    const newest = history.getByRole("row").nth(1);
    expect(await newest.textContent()).toContain("Maßnahme 1.1.1: Sprachcafé");
    expect(await newest.textContent()).toContain("Stand der Umsetzung:");
    expect(await newest.textContent()).toContain("jetzt: Anderswo geändert.");
    const statusChange = history.getByRole("row").filter({ hasText: "Status:" }).filter({ hasText: "Maßnahme" });
    expect(await statusChange.first().textContent()).toContain("vorher: geplant · jetzt: läuft");
    expect(await history.getByRole("row").filter({ hasText: "Karla Koordination" }).count()).toBeGreaterThan(4);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Zurück zum Konzeptzeitraum" }).click();
    await page.getByRole("heading", { level: 1, name: periodName }).waitFor();

    // The period goes out as a workbook and comes back unchanged: a dry run first, then the import.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Als Excel exportieren" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = await readFile(await download.path());
    expect(workbook.subarray(0, 2).toString()).toBe("PK");
    await page.getByRole("button", { name: "Aus Excel importieren" }).click();
    const importDialog = page.getByRole("dialog", { name: "Aus Excel importieren" });
    const fileInput = importDialog.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: "konzept.xlsx", mimeType: "text/plain", buffer: Buffer.from("kein Excel") });
    await importDialog.getByRole("alert").filter({ hasText: "keine lesbare Excel-Arbeitsmappe" }).waitFor();
    await importDialog.getByRole("button", { name: "Abbrechen" }).click();
    await importDialog.getByRole("alert").waitFor({ state: "detached" });
    await fileInput.setInputFiles({
      name: download.suggestedFilename(),
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: workbook,
    });
    await importDialog.getByText("Alles unverändert", { exact: false }).waitFor();
    const dryRunTable = importDialog.getByRole("table", { name: /^Was der Import hinzufügen/ });
    const subGoalRow = dryRunTable.getByRole("row", { name: /^Teilziele/ });
    expect(await subGoalRow.getByRole("cell").allTextContents()).toEqual(["0", "0", "1"]);
    await expectNoAxeViolations(page);
    await importDialog.getByRole("button", { name: "Import ausführen" }).click();
    await importDialog.getByText("Import abgeschlossen").waitFor();
    const doneTable = importDialog.getByRole("table", { name: /^Was der Import hinzugefügt/ });
    expect(
      await doneTable
        .getByRole("row", { name: /^Maßnahmen/ })
        .getByRole("cell")
        .allTextContents(),
    ).toEqual(["0", "0", "1"]);
    await importDialog.getByRole("button", { name: "Schließen" }).last().click();
    await importDialog.waitFor({ state: "hidden" });

    // In force, then closed: the parts are read only, the period itself can still be changed.
    for (const status of ["aktiv", "abgeschlossen"]) {
      await page.getByRole("button", { name: "Name, Jahre und Status ändern" }).click();
      const statusDialog = page.getByRole("dialog", { name: "Name, Jahre und Status ändern" });
      await choose(statusDialog, "Status", status);
      await save(statusDialog);
      await page.getByRole("main").getByText(status, { exact: true }).first().waitFor();
    }
    await page.getByText("Dieser Zeitraum ist abgeschlossen", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: /(bearbeiten|löschen|hinzufügen|eintragen)$/ }).count()).toBe(0);
  });

  test("list, period and history pass axe in English", async () => {
    const english = await openContext(browser, "en");
    const login = await english.request.post("/api/sessions", {
      data: { email: coordinator.email, password: coordinator.password },
    });
    expect(login.status()).toBe(201);
    const englishPage = await english.newPage();
    const englishErrors = collectPageErrors(englishPage);
    await englishPage.goto("/app/steering");
    await waitForPage(englishPage);
    await englishPage.getByRole("link", { name: periodName }).waitFor();
    await expectNoAxeViolations(englishPage);
    await englishPage.goto(periodAddress);
    await waitForPage(englishPage);
    await englishPage.getByRole("article", { name: "Sub-goal 1.1: Schneller Sprachkurs" }).waitFor();
    await expectNoAxeViolations(englishPage);
    await englishPage.goto(`${periodAddress}/history`);
    await englishPage.getByRole("heading", { level: 1, name: `History: ${periodName}` }).waitFor();
    await waitForPage(englishPage);
    await expectNoAxeViolations(englishPage);
    expect(englishErrors).toEqual([]);
    await english.close();
  });
});
