import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bramsche, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { waitForPage } from "./support/browser.js";

/**
 * What staff do on a person's file: correct the record, see the household and record a move, merge
 * a duplicate and undo it. Every person here is reached by id, never through the list, because the
 * list file (arrival.e2e.test.ts) runs alongside and counts its own.
 */
let session: TArrivalSession;
let page: Page;

const registerThroughApi = (body: Record<string, unknown>) => session.register(body);
const choose: TArrivalSession["choose"] = (...args) => session.choose(...args);

beforeAll(async () => {
  session = await openArrivalSession();
  page = session.page;
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

describe("correcting a person", () => {
  test("opens the filled form from the file, keeps what is not changed and saves the change", async () => {
    const id = await registerThroughApi({
      givenName: "Mariam",
      familyName: "Sultani",
      municipalityAgs: bramsche,
      birthYear: 1995,
      nationalities: ["AF"],
      languages: [{ language: "prs", level: "native" }],
    });
    await page.goto(`/app/arrival/persons/${id}`);
    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await page.getByRole("heading", { level: 1, name: "Person bearbeiten" }).waitFor();
    await waitForPage(page);
    expect(await page.getByLabel("Geburtsjahr", { exact: true }).inputValue()).toBe("1995");
    await page.getByLabel("Telefon", { exact: true }).fill("0541 123456");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.waitForURL((url) => url.pathname === `/app/arrival/persons/${id}`);
    await page.getByRole("status").filter({ hasText: "Die Änderungen wurden gespeichert." }).waitFor();
    const text = await page.locator("main").textContent();
    expect(text).toContain("0541 123456");
    expect(text).toContain("Dari");
  });
});

describe("first contact", () => {
  test("the worklist shows who waits too long; recording the first contact takes the person off it", async () => {
    const thirtyDaysAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const id = await registerThroughApi({
      givenName: "Nadia",
      familyName: "Wartend",
      municipalityAgs: bramsche,
      arrivedInMunicipalityOn: thirtyDaysAgo,
    });
    await page.goto("/app/arrival");
    await page.getByRole("link", { name: "Warten auf Erstkontakt" }).click();
    await page.getByRole("heading", { level: 1, name: "Warten auf Erstkontakt" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: "Wartend, Nadia" });
    await row.waitFor();
    expect(await row.textContent()).toContain("überfällig");
    await expectNoAxeViolations(page);

    await row.getByRole("link", { name: "Wartend, Nadia" }).click();
    await page.waitForURL((url) => url.pathname === `/app/arrival/persons/${id}`);
    await page.getByRole("button", { name: "Erstkontakt heute erfassen" }).click();
    await page.getByText("Erstkontakt:").waitFor();

    await page.goto("/app/arrival/worklist");
    await page.getByRole("heading", { level: 1, name: "Warten auf Erstkontakt" }).waitFor();
    await waitForPage(page);
    expect(await page.getByRole("row").filter({ hasText: "Wartend, Nadia" }).count()).toBe(0);
  });
});

describe("household and moves", () => {
  test("shows the household with Kita and school ages, and records a move with a handover note", async () => {
    const year = new Date().getFullYear();
    const mother = await registerThroughApi({
      givenName: "Daria",
      familyName: "Bondarenko",
      municipalityAgs: bramsche,
      birthYear: year - 33,
      arrivedInMunicipalityOn: "2025-01-15",
    });
    const child = await registerThroughApi({
      givenName: "Sofiia",
      familyName: "Bondarenko",
      municipalityAgs: bramsche,
      birthYear: year - 4,
      arrivedInMunicipalityOn: "2025-01-15",
    });
    const joined = await session.context.request.put(`/api/persons/${child}/household`, {
      data: { withPersonId: mother, relation: "child" },
    });
    expect(joined.status()).toBe(200);

    await page.goto(`/app/arrival/persons/${mother}`);
    const household = page.getByRole("region", { name: "Haushalt" });
    await household.getByRole("link", { name: "Sofiia Bondarenko" }).waitFor();
    expect(await household.textContent()).toContain("Kita-Alter");
    expect(await household.textContent()).toContain("Haushaltsvorstand");

    const residence = page.getByRole("region", { name: "Wohnorte und Umzüge" });
    // The residence history arrives with its own query, after the household.
    await expect.poll(() => residence.textContent()).toContain("seit 15.01.2025");
    await residence.getByRole("button", { name: "Umzug erfassen" }).click();
    const dialog = page.getByRole("dialog", { name: "Umzug erfassen" });
    await dialog.getByLabel("Umzugsdatum").fill("2025-09-01");
    await choose(dialog, "Neue Gemeinde", "Melle", "Mel");
    await dialog.getByRole("button", { name: "Umzug speichern" }).click();
    await expect.poll(() => dialog.getByLabel("Übergabenotiz").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await dialog.getByLabel("Übergabenotiz").fill("Kita-Platz in Melle beantragt.");
    await dialog.getByRole("button", { name: "Umzug speichern" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => residence.textContent()).toContain("Kita-Platz in Melle beantragt.");
    expect(await residence.textContent()).toContain("15.01.2025 bis 01.09.2025");
    await expectNoAxeViolations(page);
  });
});

describe("household from the file", () => {
  test("puts a person into another's household by name, and takes them out after a confirmation", async () => {
    const familyName = `Haushalt${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
    const year = new Date().getFullYear();
    await registerThroughApi({ givenName: "Olena", familyName, municipalityAgs: bramsche, birthYear: year - 35 });
    const son = await registerThroughApi({
      givenName: "Taras",
      familyName,
      municipalityAgs: bramsche,
      birthYear: year - 9,
    });

    await page.goto(`/app/arrival/persons/${son}`);
    const household = page.getByRole("region", { name: "Haushalt" });
    await household.getByText("Die Person gehört keinem Haushalt an").waitFor();
    await household.getByRole("button", { name: "Einem Haushalt zuordnen" }).click();
    const dialog = page.getByRole("dialog", { name: "Einem Haushalt zuordnen" });
    await dialog.getByRole("button", { name: "Zuordnen" }).click();
    await dialog.getByText("Bitte wählen Sie eine Person aus.").waitFor();
    await dialog.getByLabel("Person im Haushalt suchen").fill(familyName);
    await dialog.getByRole("radio", { name: `${familyName}, Olena (${year - 35})` }).check();
    await choose(dialog, "Beziehung", "Kind");
    await page.getByRole("listbox").waitFor({ state: "hidden" });
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Zuordnen" }).click();
    await dialog.waitFor({ state: "hidden" });
    await household.getByRole("link", { name: `Olena ${familyName}` }).waitFor();
    expect(await household.textContent()).toContain("Schulalter");

    await household.getByRole("button", { name: "Haushalt verlassen" }).click();
    const confirm = page.getByRole("dialog", { name: "Haushalt verlassen?" });
    await confirm.getByRole("button", { name: "Haushalt verlassen" }).waitFor();
    await expectNoAxeViolations(page);
    await confirm.getByRole("button", { name: "Haushalt verlassen" }).click();
    await confirm.waitFor({ state: "hidden" });
    await household.getByText("Die Person gehört keinem Haushalt an").waitFor();
  });
});

describe("merging duplicates", () => {
  test("merges a second record of the same person from the file, and undoes it", async () => {
    const survivor = await registerThroughApi({
      givenName: "Oleksandr",
      familyName: "Tkachenko",
      municipalityAgs: bramsche,
      birthYear: 1979,
      birthMonth: 4,
      birthDay: 2,
    });
    const merged = await registerThroughApi({
      givenName: "Aleksandr",
      familyName: "Tkatschenko",
      municipalityAgs: bramsche,
      birthYear: 1979,
      birthMonth: 4,
      birthDay: 3,
      phone: "0541 777",
    });
    await page.goto(`/app/arrival/persons/${survivor}`);
    const section = page.getByRole("region", { name: "Doppelte Datensätze" });
    const mergeButton = section.getByRole("button", { name: "Aleksandr Tkatschenko hierher zusammenführen" });
    await mergeButton.waitFor();
    await expectNoAxeViolations(page);
    await mergeButton.click();
    const dialog = page.getByRole("dialog", { name: "Datensätze zusammenführen?" });
    await dialog.getByRole("button", { name: "Zusammenführen" }).click();
    await section.getByRole("status").filter({ hasText: "wurde in diese Person zusammengeführt" }).waitFor();
    await expect.poll(() => page.locator("main").textContent()).toContain("0541 777");
    expect(await page.locator("main").textContent()).toContain("Tkatschenko");

    await page.goto(`/app/arrival/persons/${merged}`);
    await page
      .getByText("Dieser Datensatz wurde mit einem anderen Datensatz derselben Person zusammengeführt")
      .waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Zusammengeführten Datensatz öffnen" }).click();
    await page.waitForURL((url) => url.pathname === `/app/arrival/persons/${survivor}`);
    await section.getByRole("button", { name: "Rückgängig machen" }).click();
    await section.getByRole("status").filter({ hasText: "rückgängig gemacht" }).waitFor();
    await expect.poll(() => page.locator("main").textContent()).not.toContain("0541 777");
    await expectNoAxeViolations(page);
  });
});
