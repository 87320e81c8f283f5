import type { Page } from "playwright-core";

async function pick(page: Page, group: string | RegExp, option: string) {
  await page.getByRole("radiogroup", { name: group }).getByRole("radio", { name: option, exact: true }).check();
}

async function next(page: Page, sectionTitle: string) {
  await page.getByRole("button", { name: "Speichern und weiter" }).click();
  await page.getByRole("heading", { level: 2, name: sectionTitle }).waitFor();
}

/**
 * Answers the first interview's required questions (German UI) from the section "Sprache" on, for
 * a person with a child needing a Kita place and a qualification to recognise; stops at the last
 * section, unanswered, for the caller to complete.
 */
export async function answerFromLanguageOn(page: Page) {
  await pick(page, /^Deutschkenntnisse/, "A1");
  await pick(page, "Integrationskurs", "Berechtigt, noch nicht begonnen");
  await pick(page, /lateinischer Schrift/, "Ja");
  await next(page, "Bildung und Familie");
  await page.getByLabel("Wie viele Jahre Schule?").fill("12");
  await pick(page, "Höchster Abschluss", "Hochschulabschluss");
  await pick(page, /Abschluss anerkannt/, "Ja");
  if ((await page.getByRole("radiogroup", { name: /Kita-Platz/ }).count()) !== 0) {
    throw new Error("the Kita question shows before the question about children is answered");
  }
  await pick(page, /minderjährige Kinder/, "Ja");
  await pick(page, /Kita-Platz/, "Ja");
  await pick(page, /Schulplatz/, "Nein");
  await next(page, "Arbeit");
  await pick(page, "Arbeitet die Person zurzeit?", "Nein");
  await pick(page, /Beratung zu Arbeit/, "Ja");
  await next(page, "Gesundheit");
  await pick(page, /^Krankenversicherung/, "Gesetzlich versichert");
  await pick(page, /Hausärztin/, "Ja");
  await pick(page, /gesundheitliche Anliegen/, "Nein");
  await next(page, "Mobilität und Zeiten");
  await page.getByRole("checkbox", { name: "Bus und Bahn" }).check();
  await page.getByLabel(/Wie weit kann die Person/).fill("20");
  await page.getByRole("checkbox", { name: "Vormittags" }).check();
  await pick(page, /Kinderbetreuung/, "Ja");
  await next(page, "Teilhabe");
  await next(page, "Aktive Zivilgesellschaft");
  await pick(page, /ehrenamtlich engagieren/, "Nein");
}

/** The whole first interview from its first section, completed. */
export async function runFirstInterview(page: Page) {
  await page.getByRole("heading", { level: 2, name: "Aufenthalt" }).waitFor();
  await pick(page, "Aufenthaltsstatus", "Vorübergehender Schutz (§ 24 AufenthG)");
  await pick(page, /Beratung zum Aufenthalt/, "Nein");
  await next(page, "Wohnen");
  await pick(page, "Wie wohnt die Person zurzeit?", "Eigene Wohnung");
  await pick(page, /eine \(andere\) Wohnung/, "Nein");
  await next(page, "Sprache");
  await answerFromLanguageOn(page);
  await pick(page, /ehrenamtliche Begleitung/, "Nein");
  await page.getByRole("button", { name: "Speichern und abschließen" }).click();
  await page.getByRole("region", { name: "Bedarfsprofil" }).waitFor();
}

export { next as nextSection, pick as pickAnswer };
