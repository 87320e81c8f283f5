import fs from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { waitForPage } from "./support/browser.js";

/**
 * The import wizard end to end: upload a list with good and bad rows, see the reasons, download the
 * error report, commit, find the persons in the list, and import the same file again without any
 * new person. The family name is unique to the run, so other files' counts never see these persons.
 */
let session: TArrivalSession;
let page: Page;

const familyName = `Listenimport${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
const list = [
  "Familienname;Vorname;Geburtsdatum;Geschlecht;Staatsangehörigkeit;Einreisedatum;Wohnort;Aufenthaltsstatus",
  `${familyName};Olha;00.03.1988;w;Ukraine;01.03.2025;Bramsche;§ 24 AufenthG`,
  `${familyName};Taras;2015;m;UA;01.03.2025;Bramsche;§ 24 AufenthG`,
  `${familyName};=SUMME(1+1);1890;m;UA;;Bramsche;`,
].join("\r\n");
const file = { name: "ankuenfte.csv", mimeType: "text/csv", buffer: Buffer.from(`${list}\r\n`, "latin1") };

beforeAll(async () => {
  session = await openArrivalSession();
  page = session.page;
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

async function uploadList() {
  await page.goto("/app/arrival");
  await page.getByRole("heading", { level: 1, name: "Ankommen", exact: true }).waitFor();
  await page.getByRole("link", { name: "Liste importieren" }).click();
  await page.getByRole("heading", { level: 1, name: "Ankunftsliste importieren" }).waitFor();
  await waitForPage(page);
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole("button", { name: "Hochladen und prüfen" }).click();
  await page.waitForURL((url) => /^\/app\/arrival\/import\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.getByRole("heading", { level: 1, name: "Import: ankuenfte.csv" }).waitFor();
  await waitForPage(page);
}

describe("importing an arrival list", () => {
  test("shows the reasons, downloads the error report, commits the good rows and creates nothing the second time", async () => {
    await page.goto("/app/arrival/import");
    await page.getByRole("heading", { level: 1, name: "Ankunftsliste importieren" }).waitFor();
    await page.getByRole("button", { name: "Hochladen und prüfen" }).click();
    await page.getByText("Bitte wählen Sie eine Datei aus.").waitFor();
    await expectNoAxeViolations(page);

    await uploadList();
    await page.getByText("3 Zeilen: 2 in Ordnung, 1 mit Fehlern").waitFor();
    const badRow = page.getByRole("row").filter({ hasText: `${familyName}, =SUMME(1+1)` });
    expect(await badRow.textContent()).toContain(
      "Geburtsdatum: Die Person wäre älter als 120 Jahre. Bitte prüfen Sie das Geburtsjahr.",
    );
    expect(await page.getByRole("textbox", { name: "Familienname", exact: true }).inputValue()).toBe("Familienname");
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Fehlerbericht herunterladen (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("ankuenfte-fehlerbericht.csv");
    const report = await fs.readFile(await download.path(), "utf8");
    expect(report.startsWith("\uFEFFZeile;Familienname;")).toBe(true);
    expect(report).toContain(`4;${familyName};'=SUMME(1+1);1890;`);

    await page.getByRole("button", { name: "2 Personen übernehmen" }).click();
    await page.getByRole("dialog", { name: "Liste übernehmen?" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Ja, übernehmen" }).click();
    await page.getByText("2 Personen wurden angelegt.").waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Zur Personenliste" }).click();
    await page.getByRole("heading", { level: 1, name: "Ankommen", exact: true }).waitFor();
    await page.getByLabel("Nach Namen suchen").fill(familyName);
    await expect
      .poll(() => page.getByRole("table").getByRole("link").allTextContents())
      .toEqual([`${familyName}, Olha`, `${familyName}, Taras`]);

    await uploadList();
    await page.getByText("3 Zeilen: 0 in Ordnung, 1 mit Fehlern").waitFor();
    await page.getByText("Diese Datei kennen wir schon").waitFor();
    await expectNoAxeViolations(page);
    expect(await page.getByRole("button", { name: "0 Personen übernehmen" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Import verwerfen" }).click();
    await page.getByRole("heading", { level: 1, name: "Ankunftsliste importieren" }).waitFor();
  });
});
