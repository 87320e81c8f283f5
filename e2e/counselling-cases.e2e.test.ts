import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { melle, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { waitForPage } from "./support/browser.js";
import { openOtherDesk } from "./support/other-desk.js";

/**
 * Case work across two desks: the district's caseworker opens a case, writes a confidential note and
 * hands the case over to a municipal unit, whose caseworker accepts it on the handovers page.
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
    name: "Stadt Melle",
    displayName: "Mehmet Melle",
  });
  melleUnitName = desk.unitName;
  mellePage = desk.page;
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

describe("a case handed over between desks", () => {
  test("opens a case, adds a confidential note, hands it over, and the other desk accepts", async () => {
    const familyName = `Fall${Date.now()}`;
    const id = await session.register({ givenName: "Leyla", familyName, municipalityAgs: melle });
    await page.goto(`/app/counselling/persons/${id}`);
    const caseSection = page.getByRole("region", { name: "Fall" });
    await caseSection.getByText("Für diese Person gibt es noch keinen Fall.").waitFor();
    await caseSection.getByRole("button", { name: "Fall eröffnen" }).click();
    await expect.poll(() => caseSection.textContent()).toContain("offen");
    expect(await caseSection.textContent()).toContain("Clara Fallbearbeitung");

    const notes = page.getByRole("region", { name: "Notizen" });
    await notes.getByRole("button", { name: "Notiz hinzufügen" }).click();
    await expect
      .poll(() => notes.getByRole("textbox", { name: "Notiz", exact: true }).getAttribute("aria-invalid"))
      .toBe("true");
    await notes.getByRole("textbox", { name: "Notiz", exact: true }).fill("Belastende Fluchterfahrung, nur für mich.");
    await notes.getByRole("checkbox", { name: "Vertraulich" }).check();
    await notes.getByRole("button", { name: "Notiz hinzufügen" }).click();
    await notes.getByText("Vertraulich – nur für Sie").waitFor();
    await expectNoAxeViolations(page);

    await caseSection.getByRole("button", { name: "Status ändern" }).click();
    const statusDialog = page.getByRole("dialog", { name: "Status ändern" });
    await session.choose(statusDialog, "Neuer Status", "abgeschlossen");
    await statusDialog.getByRole("button", { name: "Speichern" }).click();
    await expect
      .poll(() => statusDialog.getByRole("textbox", { name: "Grund für den Abschluss" }).getAttribute("aria-invalid"))
      .toBe("true");
    await expectNoAxeViolations(page);
    await statusDialog.getByRole("button", { name: "Abbrechen" }).click();
    await statusDialog.waitFor({ state: "hidden" });

    await caseSection.getByRole("button", { name: "Übergeben" }).click();
    const dialog = page.getByRole("dialog", { name: "Übergeben" });
    await session.choose(dialog, "An Stelle", melleUnitName, melleUnitName);
    await dialog.getByLabel("Übergabenotiz").fill("Sprachkurs ab Januar angefragt.");
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Übergabe beginnen" }).click();
    await dialog.waitFor({ state: "hidden" });
    await caseSection.getByText("Eine Übergabe wartet auf die Entscheidung der anderen Stelle.").waitFor();

    await mellePage.goto("/app/counselling");
    await mellePage.getByRole("link", { name: "Übergaben" }).waitFor();
    await mellePage.goto(`/app/counselling/persons/${id}`);
    const waiting = mellePage.getByRole("region", { name: "Fall" });
    await waiting.getByText("Dieser Fall wird Ihrer Stelle übergeben.", { exact: false }).waitFor();
    await expectNoAxeViolations(mellePage);
    await waiting.getByRole("link", { name: "Übergaben" }).click();
    await mellePage.getByRole("heading", { level: 1, name: "Übergaben" }).waitFor();
    const incoming = mellePage.getByRole("region", { name: "Für meine Stelle" });
    const card = incoming.getByRole("listitem").filter({ hasText: familyName });
    await card.waitFor();
    expect(await card.textContent()).toContain("Sprachkurs ab Januar angefragt.");
    await waitForPage(mellePage);
    await expectNoAxeViolations(mellePage);
    await card.getByRole("button", { name: `Annehmen: Leyla ${familyName}` }).click();
    await card.waitFor({ state: "detached" });

    await mellePage.goto(`/app/counselling/persons/${id}`);
    const melleCase = mellePage.getByRole("region", { name: "Fall" });
    await expect.poll(() => melleCase.textContent()).toContain(melleUnitName);
    await mellePage.getByRole("region", { name: "Notizen" }).getByText("Noch keine Notizen.").waitFor();
    expect(await mellePage.locator("main").textContent()).not.toContain("Fluchterfahrung");
    await expectNoAxeViolations(mellePage);
  });
});
