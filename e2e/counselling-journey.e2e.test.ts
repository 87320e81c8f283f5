import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { melle, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { runFirstInterview } from "./support/first-interview.js";
import { openOtherDesk } from "./support/other-desk.js";

/**
 * The "done when", in one run through the staff app: a caseworker runs a first interview,
 * sees the needs profile, agrees a plan, schedules a follow-up and hands the case over; the
 * receiving desk accepts it.
 */
let session: TArrivalSession;
let page: Page;
let mellePage: Page;
let melleUnitName: string;

beforeAll(async () => {
  session = await openArrivalSession();
  page = session.page;
  const desk = await openOtherDesk(session, {
    municipalUnitKey: melle,
    name: "Stadt Melle Reise",
    displayName: "Mira Melle",
  });
  melleUnitName = desk.unitName;
  mellePage = desk.page;
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

describe("counselling from first interview to handover", () => {
  test("interview → needs profile → agreed plan → follow-up → handover accepted by the other desk", async () => {
    const familyName = `Reise${Date.now()}`;
    const id = await session.register({ givenName: "Iryna", familyName, municipalityAgs: melle, birthYear: 1990 });
    await page.goto(`/app/counselling/persons/${id}`);

    const caseSection = page.getByRole("region", { name: "Fall" });
    await caseSection.getByRole("button", { name: "Fall eröffnen" }).click();
    await expect.poll(() => caseSection.textContent()).toContain("offen");

    await page.getByRole("region", { name: "Bedarfe" }).getByRole("button", { name: "Erstgespräch beginnen" }).click();
    await runFirstInterview(page);
    const profile = page.getByRole("region", { name: "Bedarfsprofil" });
    expect(await profile.textContent()).toContain("Deutsch unter B1 und noch kein Integrationskurs");
    await page.getByRole("link", { name: "Zurück zur Beratungsakte" }).click();

    const plan = page.getByRole("region", { name: "Förderplan" });
    await plan.getByRole("button", { name: "Förderplan anlegen" }).click();
    await plan.getByRole("button", { name: "Ziel hinzufügen" }).click();
    const goalDialog = page.getByRole("dialog", { name: "Ziel hinzufügen" });
    await session.choose(goalDialog, "Handlungsfeld", "Sprache");
    await goalDialog.getByRole("textbox", { name: "Ziel", exact: true }).fill("Deutsch auf B1");
    await goalDialog.getByRole("button", { name: "Ziel speichern" }).click();
    await goalDialog.waitFor({ state: "detached" });
    await plan.getByRole("button", { name: "Maßnahme hinzufügen" }).click();
    const measureDialog = page.getByRole("dialog", { name: "Maßnahme hinzufügen" });
    await measureDialog
      .getByRole("textbox", { name: "Maßnahme", exact: true })
      .fill("Integrationskurs mit Kinderbetreuung");
    await measureDialog.getByLabel("Bis").fill("2027-06-30");
    await measureDialog.getByRole("button", { name: "Maßnahme speichern" }).click();
    await measureDialog.waitFor({ state: "detached" });
    await plan.getByRole("button", { name: "Vereinbarung erfassen" }).click();
    const agreementDialog = page.getByRole("dialog", { name: "Vereinbarung erfassen" });
    await session.choose(agreementDialog, "Wie vereinbart", "persönlich");
    await agreementDialog.getByRole("button", { name: "Vereinbarung speichern" }).click();
    await agreementDialog.waitFor({ state: "detached" });
    await expect.poll(() => plan.textContent()).toContain("(persönlich)");

    const tasks = page.getByRole("region", { name: "Aufgaben und Wiedervorlagen" });
    await tasks.getByRole("button", { name: "Aufgabe anlegen" }).click();
    const taskDialog = page.getByRole("dialog", { name: "Aufgabe anlegen" });
    await session.choose(taskDialog, "Art", "Wiedervorlage");
    await taskDialog.getByRole("textbox", { name: "Was ist zu tun?" }).fill("Kursbeginn nachfragen");
    await taskDialog.getByLabel("Fällig am").fill("2031-01-15");
    await taskDialog.getByRole("button", { name: "Aufgabe speichern" }).click();
    await taskDialog.waitFor({ state: "detached" });
    await expect.poll(() => tasks.textContent()).toContain("Kursbeginn nachfragen");
    await expectNoAxeViolations(page);

    await caseSection.getByRole("button", { name: "Übergeben" }).click();
    const handover = page.getByRole("dialog", { name: "Übergeben" });
    await session.choose(handover, "An Stelle", melleUnitName, melleUnitName);
    await handover.getByLabel("Übergabenotiz").fill("Förderplan vereinbart, Wiedervorlage am 15.01.");
    await handover.getByRole("button", { name: "Übergabe beginnen" }).click();
    await handover.waitFor({ state: "hidden" });

    await mellePage.goto("/app/counselling/handovers");
    const card = mellePage
      .getByRole("region", { name: "Für meine Stelle" })
      .getByRole("listitem")
      .filter({ hasText: familyName });
    await card.waitFor();
    await card.getByRole("button", { name: `Annehmen: Iryna ${familyName}` }).click();
    await card.waitFor({ state: "detached" });
    await mellePage.goto(`/app/counselling/persons/${id}`);
    await expect.poll(() => mellePage.getByRole("region", { name: "Fall" }).textContent()).toContain(melleUnitName);
    await expect
      .poll(() => mellePage.getByRole("region", { name: "Förderplan" }).textContent())
      .toContain("Deutsch auf B1");
    await expectNoAxeViolations(mellePage);

    await mellePage.goto("/app/counselling?view=all");
    const caseload = mellePage.getByRole("region", { name: "Fälle" });
    await caseload.getByRole("link", { name: `${familyName}, Iryna` }).waitFor();
    // The row can render before the fields of action arrive (it shows their codes until then): wait for the names.
    const row = caseload.getByRole("row").filter({ hasText: familyName });
    await expect.poll(() => row.textContent()).toContain("Sprache");
    await expectNoAxeViolations(mellePage);

    await page.goto(`/app/arrival/persons/${id}`);
    const timeline = page.getByRole("region", { name: "Verlauf" });
    await timeline.getByText("Erstgespräch abgeschlossen", { exact: false }).waitFor();
  });
});
