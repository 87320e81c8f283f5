import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bramsche, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { waitForPage } from "./support/browser.js";
import { answerFromLanguageOn, nextSection, pickAnswer } from "./support/first-interview.js";

/** The first interview in the staff app: one section at a time, resumed after a reload, completed into a needs profile. */
let session: TArrivalSession;
let page: Page;

beforeAll(async () => {
  session = await openArrivalSession();
  page = session.page;
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

const pick = (group: string | RegExp, option: string) => pickAnswer(page, group, option);
const next = (sectionTitle: string) => nextSection(page, sectionTitle);

describe("first interview", () => {
  test("runs section by section, resumes where it stopped, and completes into a needs profile", async () => {
    const id = await session.register({
      givenName: "Oksana",
      familyName: "Melnyk",
      municipalityAgs: bramsche,
      birthYear: 1989,
    });
    await page.goto(`/app/counselling/persons/${id}`);
    const needs = page.getByRole("region", { name: "Bedarfe" });
    await needs.getByText("Noch kein abgeschlossenes Erstgespräch", { exact: false }).waitFor();
    await needs.getByRole("button", { name: "Erstgespräch beginnen" }).click();
    await page.getByRole("heading", { level: 2, name: "Aufenthalt" }).waitFor();
    await waitForPage(page);

    await pick("Aufenthaltsstatus", "Vorübergehender Schutz (§ 24 AufenthG)");
    const inSixWeeks = new Date(Date.now() + 42 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Aufenthaltspapier gültig bis").fill(inSixWeeks);
    await pick(/Beratung zum Aufenthalt/, "Nein");
    await expectNoAxeViolations(page);
    await next("Wohnen");
    await pick("Wie wohnt die Person zurzeit?", "Eigene Wohnung");
    await pick(/eine \(andere\) Wohnung/, "Nein");
    await next("Sprache");

    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Sprache" }).waitFor();
    await page.getByRole("button", { name: /^Aufenthalt/ }).click();
    await page.getByRole("heading", { level: 2, name: "Aufenthalt" }).waitFor();
    expect(await page.getByLabel("Aufenthaltspapier gültig bis").inputValue()).toBe(inSixWeeks);
    await page.getByRole("button", { name: /^Sprache/ }).click();
    await page.getByRole("heading", { level: 2, name: "Sprache" }).waitFor();

    await answerFromLanguageOn(page);

    await page.getByRole("button", { name: "Speichern und abschließen" }).click();
    await page.getByText("Diese Frage muss beantwortet werden, bevor das Gespräch abgeschlossen wird.").waitFor();
    expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Aktive Zivilgesellschaft");
    await pick(/ehrenamtliche Begleitung/, "Nein");
    await page.getByRole("button", { name: "Speichern und abschließen" }).click();

    const profile = page.getByRole("region", { name: "Bedarfsprofil" });
    await profile.waitFor();
    const text = await profile.textContent();
    expect(text).toContain("Das Aufenthaltspapier läuft in weniger als drei Monaten ab");
    expect(text).toContain("Für ein Kind wird ein Kita-Platz gebraucht.");
    expect(text).toContain("Die Anerkennung des ausländischen Abschlusses ist gewünscht.");
    expect(await page.getByRole("region", { name: "Änderungen seit dem letzten Gespräch" }).textContent()).toContain(
      "noch nichts zu vergleichen",
    );
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Zurück zur Beratungsakte" }).click();
    await expect.poll(() => needs.textContent()).toContain("Kita-Platz");
    expect(await needs.getByRole("button", { name: "Neue Bedarfserhebung beginnen" }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });
});

describe("self-check", () => {
  test("staff invite, the newcomer answers on the portal in Ukrainian, the draft arrives for staff to confirm", async () => {
    const id = await session.register({
      givenName: "Taras",
      familyName: "Bondar",
      municipalityAgs: bramsche,
      birthYear: 1984,
    });
    await page.goto(`/app/counselling/persons/${id}`);
    const needs = page.getByRole("region", { name: "Bedarfe" });
    await needs.getByRole("button", { name: "Zum Selbstcheck einladen" }).click();
    const dialog = page.getByRole("dialog", { name: "Zum Selbstcheck einladen" });
    await dialog.getByRole("radio", { name: "Ukrainisch" }).check();
    await dialog.getByRole("button", { name: "Link erstellen" }).click();
    const link = (await dialog.getByTestId("self-check-link").textContent()) ?? "";
    expect(link).toMatch(/\/portal\/uk\/selbstcheck\/[A-Za-z0-9_-]{43}$/);
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Fertig" }).click();
    await expect.poll(() => needs.textContent()).toContain("offen");

    const portal = await session.context.newPage();
    await portal.goto(link);
    await portal.getByRole("heading", { level: 2, name: "Перебування" }).waitFor();
    await expectNoAxeViolations(portal);
    await portal.getByRole("radio", { name: "Тимчасовий захист (§ 24 AufenthG)" }).check();
    await portal.getByRole("button", { name: "Зберегти і далі" }).click();
    await portal.getByLabel("До якої дати дійсний ваш документ на перебування?").waitFor();
    await portal
      .getByRole("group", { name: /консультацію щодо перебування/ })
      .getByRole("radio", { name: "Ні" })
      .check();
    await portal.getByRole("button", { name: "Зберегти і далі" }).click();
    await portal.getByRole("heading", { level: 2, name: "Житло" }).waitFor();
    await portal.goto(`${link}?section=zivilgesellschaft`);
    await portal
      .getByRole("group", { name: /волонтерством/ })
      .getByRole("radio", { name: "Так" })
      .check();
    await portal.getByRole("button", { name: "Надіслати відповіді" }).click();
    await portal.getByRole("heading", { level: 2, name: "Активне громадянське суспільство" }).waitFor();
    await portal.getByRole("button", { name: "Надіслати відповіді" }).click();
    await portal.getByRole("heading", { level: 1, name: "Дякуємо" }).waitFor();
    await portal.close();

    await page.reload();
    await needs.getByRole("link", { name: "Selbstcheck prüfen und bestätigen" }).click();
    await page.getByText("Diese Antworten hat die Person im Selbstcheck gegeben.", { exact: false }).waitFor();
    expect(
      await page
        .getByRole("radiogroup", { name: "Aufenthaltsstatus" })
        .getByRole("radio", { name: "Vorübergehender Schutz (§ 24 AufenthG)" })
        .isChecked(),
    ).toBe(true);
    await expectNoAxeViolations(page);
  });
});
