import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bramsche, melle, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, openContext, waitForPage } from "./support/browser.js";
import { logInAsCaseworker } from "./support/caseworker.js";

/**
 * The arrival module's staff pages as a district caseworker uses them: the person list, the
 * registration form (client and server rules shown at their fields) and the read-only file. The
 * list's three persons arrived in February 2001; tests that count rows filter to that month, since
 * arrival-file-actions.e2e.test.ts registers persons of its own at the same time.
 */
let session: TArrivalSession;
let page: Page;
let arabicPersonId = "";

const registerThroughApi = (body: Record<string, unknown>) => session.register(body);
const choose: TArrivalSession["choose"] = (...args) => session.choose(...args);

beforeAll(async () => {
  session = await openArrivalSession();
  page = session.page;
  await registerThroughApi({
    givenName: "Olena",
    familyName: "Kovalenko",
    municipalityAgs: bramsche,
    arrivedInGermanyOn: "2001-02-01",
  });
  await registerThroughApi({
    givenName: "Jan",
    familyName: "Kowalski",
    municipalityAgs: melle,
    birthYear: 1979,
    arrivedInGermanyOn: "2001-02-02",
  });
  arabicPersonId = await registerThroughApi({
    givenName: "Ahmad",
    familyName: "Al-Ahmad",
    municipalityAgs: melle,
    otherNames: [{ kind: "original_script", script: "Arab", givenName: "أحمد", familyName: "الأحمد" }],
    birthYear: 1988,
    birthMonth: 3,
    birthDay: 12,
    nationalities: ["SY"],
    languages: [{ language: "ar", level: "native" }],
    arrivedInGermanyOn: "2001-02-03",
  });
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

/** Only the list's own three persons: those who arrived in February 2001. */
async function showFebruary2001() {
  await page.getByLabel("Angekommen ab").fill("2001-02-01");
  await page.getByLabel("Angekommen bis").fill("2001-02-28");
}

async function openList() {
  await page.goto("/app/arrival");
  await waitForPage(page);
}

describe("the person list", () => {
  test("searches by name and filters by municipality; each name opens the file", async () => {
    await page.goto("/app/");
    await waitForPage(page);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Ankommen" }).click();
    await page.waitForURL((url) => url.pathname === "/app/arrival");
    await page.getByRole("heading", { level: 1, name: "Ankommen", exact: true }).waitFor();
    await page.getByRole("cell", { name: "Kovalenko, Olena" }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel("Nach Namen suchen").fill("Kowal");
    await expect.poll(() => page.getByRole("table").getByRole("link").allTextContents()).toEqual(["Kowalski, Jan"]);
    await choose(page, "Gemeinde", "Bramsche");
    await page.getByText("Keine Person passt zu Suche und Filter.").waitFor();
    await page.getByLabel("Nach Namen suchen").fill("Kovalenko");
    await page.getByRole("link", { name: "Kovalenko, Olena" }).click();
    await page.getByRole("heading", { level: 1, name: "Olena Kovalenko" }).waitFor();
  });

  test("sorts by family name both ways and by registration date", async () => {
    await openList();
    await showFebruary2001();
    const names = () => page.getByRole("table").getByRole("link").allTextContents();
    await expect.poll(names).toEqual(["Al-Ahmad, Ahmad", "Kovalenko, Olena", "Kowalski, Jan"]);
    await page.getByRole("button", { name: "Name" }).click();
    await expect.poll(names).toEqual(["Kowalski, Jan", "Kovalenko, Olena", "Al-Ahmad, Ahmad"]);
    expect(await page.getByRole("columnheader", { name: "Name" }).getAttribute("aria-sort")).toBe("descending");
    await choose(page, "Sortierung", "Zuerst registriert zuerst");
    await expect.poll(names).toEqual(["Kovalenko, Olena", "Kowalski, Jan", "Al-Ahmad, Ahmad"]);
  });

  test("filters by nationality, language, status and arrival period", async () => {
    await openList();
    await showFebruary2001();
    const names = () => page.getByRole("table").getByRole("link").allTextContents();
    await expect.poll(names).toHaveLength(3);
    await choose(page, "Staatsangehörigkeit", "Syrien", "Syr");
    await expect.poll(names).toEqual(["Al-Ahmad, Ahmad"]);
    await choose(page, "Sprache", "Arabisch", "Arab");
    await expect.poll(names).toEqual(["Al-Ahmad, Ahmad"]);
    await expectNoAxeViolations(page);
    await choose(page, "Status", "weggezogen");
    await page.getByText("Keine Person passt zu Suche und Filter.").waitFor();
  });
});

describe("the person file", () => {
  test("shows the whole record; a name in Arabic script reads right to left", async () => {
    await page.goto(`/app/arrival/persons/${arabicPersonId}`);
    await page.getByRole("heading", { level: 1, name: "Ahmad Al-Ahmad" }).waitFor();
    await waitForPage(page);
    expect(await page.locator("h1").textContent()).toBe("Ahmad Al-Ahmad");
    const original = page.locator("bdi", { hasText: "الأحمد" });
    expect(await original.getAttribute("dir")).toBe("rtl");
    expect(await original.getAttribute("lang")).toBe("und-Arab");
    const main = page.getByRole("main");
    // Municipality names arrive with their own (reference) query.
    await expect.poll(() => main.textContent()).toContain("Melle");
    expect(await main.textContent()).toContain("12.03.1988");
    expect(await main.textContent()).toContain("Syrien");
    expect(await main.textContent()).toContain("Arabisch: Muttersprache");
    expect(await main.textContent()).toContain("Melle");
    await expectNoAxeViolations(page);
  });

  test("prints without header and navigation", async () => {
    await page.goto(`/app/arrival/persons/${arabicPersonId}`);
    await waitForPage(page);
    await page.emulateMedia({ media: "print" });
    try {
      expect(await page.getByRole("navigation", { name: "Hauptnavigation" }).isVisible()).toBe(false);
      expect(await page.getByRole("button", { name: "Drucken" }).isVisible()).toBe(false);
      expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
    expect(await page.getByRole("button", { name: "Drucken" }).isVisible()).toBe(true);
  });

  test("an unknown person, or one outside the user's area, is a friendly 'not found'", async () => {
    await page.goto("/app/arrival/persons/7b0c3f5e-9d1a-4e2b-8c6f-0a1b2c3d4e5f");
    await waitForPage(page);
    expect(await page.locator("h1").textContent()).toBe("Person nicht gefunden");
    await page.getByRole("link", { name: "Zurück zur Personenliste" }).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe("registering a person", () => {
  test("shows errors at their fields, keeps every value, and opens the new file", async () => {
    await openList();
    await page.getByRole("link", { name: "Person registrieren" }).click();
    await page.getByRole("heading", { level: 1, name: "Person registrieren" }).waitFor();
    await waitForPage(page);
    await expectNoAxeViolations(page);

    const name = page.getByRole("group", { name: "Name", exact: true });
    await name.getByLabel("Familienname", { exact: true }).first().fill("Shevchenko");
    await name.getByLabel("Vorname(n)", { exact: true }).first().fill("Oleksandr");
    await page.getByRole("button", { name: "Schreibweise hinzufügen" }).click();
    const spelling = page.getByRole("group", { name: "Schreibweise 1" });
    await choose(spelling, "Art", "Originalschrift");
    await choose(spelling, "Schrift", "Kyrillisch");
    await spelling.getByLabel("Familienname", { exact: true }).fill("Шевченко");
    await spelling.getByLabel("Vorname(n)", { exact: true }).fill("Олександр");

    await page.getByLabel("Tag", { exact: true }).fill("30");
    await page.getByLabel("Monat", { exact: true }).fill("2");
    // Search before create answers after the typing pauses; its panel sits beside the form and moves no field.
    const sexField = page.getByRole("textbox", { name: "Geschlecht", exact: true });
    const sexFieldTop = (await sexField.boundingBox())?.y;
    const candidatesAnswered = page.waitForResponse(
      (response) =>
        response.url().includes("/api/persons/duplicate-candidates") && response.url().includes("birthYear=1990"),
    );
    await page.getByLabel("Geburtsjahr", { exact: true }).fill("1990");
    await candidatesAnswered;
    const candidatesRegion = page.getByRole("complementary", { name: "Gibt es diese Person schon?" });
    await expect.poll(() => candidatesRegion.textContent()).not.toContain("Sobald Sie einen Namen eingeben");
    expect((await sexField.boundingBox())?.y).toBe(sexFieldTop);
    await choose(page, "Geschlecht", "männlich");
    await choose(page, "Staatsangehörigkeiten", "Ukraine", "Ukra");
    await page.getByRole("button", { name: "Sprache hinzufügen" }).click();
    await choose(page.getByRole("group", { name: "Sprache 1" }), "Sprache", "Ukrainisch", "Ukrain");
    await choose(page.getByRole("group", { name: "Sprache 1" }), "Niveau", "Muttersprache");
    await page.getByRole("button", { name: "Sprache hinzufügen" }).click();
    await choose(page.getByRole("group", { name: "Sprache 2" }), "Sprache", "Deutsch", "Deutsch");
    await choose(page.getByRole("group", { name: "Sprache 2" }), "Niveau", "A2 – Grundlegende Kenntnisse");
    await page.getByLabel("Ankunft in Deutschland", { exact: true }).fill("2022-03-15");
    await choose(page, "Aufenthaltsstatus", "Vorübergehender Schutz", "Vorübergehend");
    await choose(page, "Gemeinde", "Bramsche", "Bram");
    await page.getByLabel("Telefon", { exact: true }).fill("+49 5461 123456");
    await choose(page, "Bevorzugter Kontaktweg", "Telefon");
    await page.getByRole("button", { name: "Person registrieren" }).click();

    const day = page.getByLabel("Tag", { exact: true });
    await expect.poll(() => day.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await day.getAttribute("aria-describedby")) ?? "";
    const messages = await Promise.all(describedBy.split(" ").map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(messages).toContain("Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).toBe("true");
    expect(await name.getByLabel("Familienname", { exact: true }).first().inputValue()).toBe("Shevchenko");
    expect(await spelling.getByLabel("Familienname", { exact: true }).inputValue()).toBe("Шевченко");
    await expectNoAxeViolations(page);

    await day.fill("");
    expect(await day.getAttribute("aria-invalid")).not.toBe("true");
    await page.getByRole("button", { name: "Person registrieren" }).click();
    await page.waitForURL((url) => /^\/app\/arrival\/persons\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole("heading", { level: 1, name: "Oleksandr Shevchenko" }).waitFor();
    await waitForPage(page);
    expect(await page.getByRole("status").filter({ hasText: "Die Person ist registriert." }).count()).toBe(1);
    const file = (await page.getByRole("main").textContent()) ?? "";
    for (const shown of [
      "02/1990",
      "männlich",
      "Ukraine",
      "Ukrainisch: Muttersprache",
      "Deutsch: A2 – Grundlegende Kenntnisse",
      "15.03.2022",
      "Bramsche",
      "+49 5461 123456",
    ]) {
      expect(file).toContain(shown);
    }
    const cyrillic = page.locator("bdi", { hasText: "Олександр Шевченко" });
    expect(await cyrillic.getAttribute("lang")).toBe("und-Cyrl");
    expect(await cyrillic.getAttribute("dir")).toBeNull();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Zurück zur Personenliste" }).click();
    await waitForPage(page);
    await page.getByLabel("Nach Namen suchen").fill("Shevchenko");
    await page.getByRole("link", { name: "Shevchenko, Oleksandr" }).waitFor();
  });

  test("search before create: a name typed in another spelling shows the existing person first", async () => {
    await page.goto("/app/arrival/new");
    await page.getByRole("heading", { level: 1, name: "Person registrieren" }).waitFor();
    const name = page.getByRole("group", { name: "Name", exact: true });
    await name.getByLabel("Familienname", { exact: true }).first().fill("Alahmad");
    await name.getByLabel("Vorname(n)", { exact: true }).first().fill("Ahmed");
    await page.getByLabel("Geburtsjahr", { exact: true }).fill("1988");
    const matches = page.getByRole("alert").filter({ hasText: "Gibt es diese Person schon?" });
    await matches.waitFor();
    const first = matches.getByRole("listitem").first();
    expect(await first.getByRole("link").textContent()).toContain("Ahmad Al-Ahmad");
    expect(await first.getByRole("link").getAttribute("href")).toBe(`/app/arrival/persons/${arabicPersonId}`);
    expect(await first.textContent()).toContain("andere Schreibweise des Namens");
    await expectNoAxeViolations(page);
  });

  test("the server's field problems land at their fields too", async () => {
    await page.goto("/app/arrival/new");
    await waitForPage(page);
    await page.route("**/api/persons", (route) =>
      route.request().method() === "POST"
        ? route.fulfill({
            status: 422,
            contentType: "application/problem+json",
            body: JSON.stringify({
              type: "urn:kommmit:problem:validation-failed",
              title: "Die Eingaben sind nicht gültig.",
              status: 422,
              errors: [
                { pointer: "/body/municipalityAgs", code: "custom", detail: "Nicht in Ihrem Bereich." },
                { pointer: "/body/nationalities/0", code: "custom", detail: "Unbekannt." },
              ],
            }),
          })
        : route.continue(),
    );
    try {
      await page.getByLabel("Familienname", { exact: true }).first().fill("Probe");
      await choose(page, "Staatsangehörigkeiten", "Polen", "Pol");
      await choose(page, "Gemeinde", "Melle", "Mel");
      await page.getByRole("button", { name: "Person registrieren" }).click();
      const municipality = page.getByRole("textbox", { name: "Gemeinde", exact: true });
      await expect.poll(() => municipality.getAttribute("aria-invalid")).toBe("true");
      expect(await page.getByText("Nicht in Ihrem Bereich.").count()).toBe(1);
      expect(await page.getByText("Unbekannt.").count()).toBe(1);
    } finally {
      await page.unroute("**/api/persons");
    }
  });

  test("the form can be filled and sent with the keyboard alone", async () => {
    await page.goto("/app/arrival/new");
    await waitForPage(page);
    const tabTo = async (label: string) => {
      for (let step = 0; step < 60; step++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const active = document.activeElement;
          if (!(active instanceof HTMLElement)) return "";
          const labels = active instanceof HTMLInputElement ? [...(active.labels ?? [])] : [];
          return (labels[0]?.firstChild?.textContent ?? active.textContent ?? "").trim();
        });
        if (focused === label) return;
      }
      throw new Error(`Tab never reached ${label}`);
    };
    await tabTo("Familienname");
    await page.keyboard.type("Haddad");
    await tabTo("Vorname(n)");
    await page.keyboard.type("Lina");
    await tabTo("Geburtsjahr");
    await page.keyboard.type("2001");
    await tabTo("Sprache hinzufügen");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Arabisch");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await tabTo("Gemeinde");
    await page.keyboard.type("Bramsche");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await tabTo("Person registrieren");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Lina Haddad" }).waitFor();
    const file = (await page.getByRole("main").textContent()) ?? "";
    expect(file).toContain("2001");
    expect(file).toContain("Arabisch: Muttersprache");
    expect(file).toContain("Bramsche");
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

  test("list, form with errors and file are accessible and translated", async () => {
    await englishPage.goto("/app/arrival");
    await waitForPage(englishPage);
    await englishPage.getByRole("link", { name: "Kovalenko, Olena" }).waitFor();
    await expectNoAxeViolations(englishPage);

    await englishPage.getByRole("link", { name: "Register a person" }).click();
    await englishPage.getByRole("heading", { level: 1, name: "Register a person" }).waitFor();
    await englishPage.getByRole("button", { name: "Register person" }).click();
    const familyName = englishPage.getByLabel("Family name", { exact: true }).first();
    await expect.poll(() => familyName.getAttribute("aria-invalid")).toBe("true");
    expect(await englishPage.getByText("Please enter a name.").count()).toBe(1);
    expect(await englishPage.getByText("Please fill in this field.").count()).toBe(1);
    await expectNoAxeViolations(englishPage);

    await englishPage.goto(`/app/arrival/persons/${arabicPersonId}`);
    await waitForPage(englishPage);
    const file = (await englishPage.getByRole("main").textContent()) ?? "";
    expect(file).toContain("12/03/1988");
    expect(file).toContain("Syria");
    expect(file).toContain("Arabic: Mother tongue");
    await expectNoAxeViolations(englishPage);
  });
});
