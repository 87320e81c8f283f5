import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bramsche, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { waitForPage } from "./support/browser.js";

/**
 * The integration plan in the counselling file: started from the empty state, a goal with a
 * measure added through the dialogs (a field error from the shared schema first), the agreement
 * recorded, and a change afterwards marked. The person is reached by id.
 */
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

describe("integration plan", () => {
  test("creates a plan with a goal and a measure, records the agreement and marks a later change", async () => {
    const id = await session.register({
      givenName: "Hamid",
      familyName: "Rahimi",
      municipalityAgs: bramsche,
      preferredLanguage: "ar",
    });
    await page.goto(`/app/counselling/persons/${id}`);
    const section = page.getByRole("region", { name: "Förderplan" });
    await section.getByText("Für diese Person gibt es noch keinen Förderplan.").waitFor();
    await waitForPage(page);
    await expectNoAxeViolations(page);
    await section.getByRole("button", { name: "Förderplan anlegen" }).click();

    await section.getByRole("button", { name: "Ziel hinzufügen" }).click();
    const goalDialog = page.getByRole("dialog", { name: "Ziel hinzufügen" });
    await session.choose(goalDialog, "Handlungsfeld", "Sprache");
    await goalDialog.getByRole("button", { name: "Ziel speichern" }).click();
    await expect
      .poll(() => goalDialog.getByRole("textbox", { name: "Ziel", exact: true }).getAttribute("aria-invalid"))
      .toBe("true");
    await expectNoAxeViolations(page);
    await goalDialog.getByRole("textbox", { name: "Ziel", exact: true }).fill("Deutsch auf B1");
    await goalDialog.getByRole("button", { name: "Ziel speichern" }).click();
    await goalDialog.waitFor({ state: "detached" });
    await section.getByRole("heading", { name: "Deutsch auf B1" }).waitFor();

    await section.getByRole("button", { name: "Maßnahme hinzufügen" }).click();
    const measureDialog = page.getByRole("dialog", { name: "Maßnahme hinzufügen" });
    await measureDialog.getByRole("textbox", { name: "Maßnahme", exact: true }).fill("Integrationskurs besuchen");
    await measureDialog.getByLabel("Bis").fill("2027-06-30");
    await measureDialog.getByRole("button", { name: "Maßnahme speichern" }).click();
    await measureDialog.waitFor({ state: "detached" });
    await expect.poll(() => section.textContent()).toContain("Integrationskurs besuchen");
    expect(await section.textContent()).toContain("30.06.2027");

    await section.getByRole("button", { name: "Vereinbarung erfassen" }).click();
    const agreementDialog = page.getByRole("dialog", { name: "Vereinbarung erfassen" });
    await session.choose(agreementDialog, "Wie vereinbart", "persönlich");
    await expectNoAxeViolations(page);
    await agreementDialog.getByRole("button", { name: "Vereinbarung speichern" }).click();
    await agreementDialog.waitFor({ state: "detached" });
    await expect.poll(() => section.textContent()).toContain("(persönlich)");
    expect(await section.textContent()).not.toContain("Seit der Vereinbarung geändert");

    await section.getByRole("button", { name: "Ziel „Deutsch auf B1“ bearbeiten" }).click();
    const editDialog = page.getByRole("dialog", { name: "Ziel bearbeiten" });
    await session.choose(editDialog, "Status", "In Arbeit");
    await editDialog.getByRole("button", { name: "Ziel speichern" }).click();
    await editDialog.waitFor({ state: "detached" });
    await section.getByText("Seit der Vereinbarung geändert").waitFor();
    expect(await section.textContent()).toContain("Ziel: Status");
    const arabic = section.getByRole("link", { name: /PDF \(Arabisch\)/ });
    expect(await arabic.getAttribute("href")).toBe(`/api/persons/${id}/integration-plan/document?language=ar`);
    await expectNoAxeViolations(page);
  });
});
