import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bramsche, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, waitForPage } from "./support/browser.js";
import { runFirstInterview } from "./support/first-interview.js";
import { publishOffersKeepingStaff, type TE2eProvider } from "./support/published-offer.js";

/**
 * Issue 6, done when: from a person's needs profile a caseworker sees ranked offers with reasons,
 * refers with consent, the provider accepts in its inbox and reports completion.
 */
let session: TArrivalSession;
let page: Page;
let provider: TE2eProvider;
let providerPage: Page;
let providerErrors: Error[];
const title = `Integrationskurs Bramsche ${Date.now()}`;

beforeAll(async () => {
  session = await openArrivalSession();
  page = session.page;
  provider = await publishOffersKeepingStaff(session.browser, session.context.request, [
    {
      category: "language_course",
      fieldsOfAction: ["sprache"],
      courseType: "ik_allgemein",
      cefrFrom: "A1",
      cefrTo: "B1",
      languages: ["de"],
      municipalityAgs: bramsche,
      scheduleKind: "recurring",
      weekdays: ["mon", "wed"],
      timeSlots: ["mornings"],
      capacity: 12,
      freePlaces: 3,
      costKind: "free_with_entitlement",
      translations: [{ language: "de", title, description: "<p>Deutsch von A1 bis B1.</p>" }],
    },
  ]);
  providerPage = await provider.staff.newPage();
  providerErrors = collectPageErrors(providerPage);
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  expect(providerErrors).toEqual([]);
  await provider?.staff.close();
  await session?.browser.close();
});

/** Consent to sharing with the provider by name, recorded in person through the API (its UI has its own test). */
async function recordSharingConsent(personId: string) {
  const notices = (await (await session.context.request.get("/api/privacy-notices")).json()) as {
    id: string;
    language: string;
  }[];
  const recorded = await session.context.request.post(`/api/persons/${personId}/consents`, {
    data: {
      privacyNoticeId: notices.find((notice) => notice.language === "de")?.id,
      givenAt: new Date().toISOString(),
      decisions: [
        { purpose: "provider_sharing", isGranted: true, recipientOrganisationIds: [provider.organisationId] },
      ],
    },
  });
  expect(recorded.status(), await recorded.text()).toBe(201);
}

describe("a referral from a match to its completion", () => {
  test("caseworker refers with consent, provider accepts, starts and completes, caseworker sees the outcome", async () => {
    const personId = await session.register({
      givenName: "Iryna",
      familyName: "Bondar",
      municipalityAgs: bramsche,
      birthYear: 1991,
    });
    await recordSharingConsent(personId);
    await page.goto(`/app/counselling/persons/${personId}`);
    await page.getByRole("region", { name: "Bedarfe" }).getByRole("button", { name: "Erstgespräch beginnen" }).click();
    await runFirstInterview(page);
    await page.goto(`/app/counselling/persons/${personId}`);
    await waitForPage(page);

    const matches = page.getByRole("region", { name: "Passende Angebote" });
    await matches.getByRole("button", { name: "Passende Angebote suchen" }).click();
    const course = matches.getByRole("article", { name: title });
    await course.waitFor();
    await course.getByRole("button", { name: `An „${title}“ vermitteln` }).click();

    const dialog = page.getByRole("dialog", { name: "Vermitteln" });
    await dialog.getByRole("button", { name: "Vorschau: Was wird geteilt?" }).click();
    await dialog.getByText("Bitte geben Sie an, wofür die Vermittlung ist.", { exact: false }).waitFor();
    await dialog.getByRole("textbox", { name: "Zweck" }).fill("Anmeldung zum Integrationskurs am Vormittag");
    await dialog.getByRole("button", { name: "Vorschau: Was wird geteilt?" }).click();
    const preview = dialog.getByRole("region", { name: "Vorschau der Weitergabe" });
    await preview.getByText("Die Einwilligung zur Weitergabe an diesen Empfänger liegt vor.").waitFor();
    expect(await preview.getByRole("row", { name: /Name/ }).textContent()).toContain("Iryna Bondar");
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Vermittlung senden" }).click();
    await dialog.waitFor({ state: "hidden" });
    await matches
      .getByRole("status")
      .filter({ hasText: `Vermittlung an „${title}“ gesendet.` })
      .waitFor();

    await providerPage.goto("/app/referrals/inbox");
    await waitForPage(providerPage);
    await providerPage.getByText("Warten auf unsere Antwort").click();
    const row = providerPage.getByRole("row").filter({ hasText: "Iryna Bondar" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Gesendet");
    await expectNoAxeViolations(providerPage);
    await row.getByRole("link", { name: title }).click();
    await providerPage.getByRole("heading", { level: 1, name: new RegExp(title) }).waitFor();
    const shared = providerPage.getByRole("region", { name: "Geteilte Angaben" });
    expect(await shared.getByRole("row", { name: /Name/ }).textContent()).toContain("Iryna Bondar");
    expect(await shared.textContent()).not.toContain("Geburtsdatum");
    await expectNoAxeViolations(providerPage);

    await providerPage.getByRole("button", { name: "Annehmen" }).click();
    await providerPage.getByRole("button", { name: "Beginn melden" }).click();
    await providerPage.getByRole("button", { name: "Abschließen" }).click();
    const outcome = providerPage.getByRole("dialog", { name: "Abschließen" });
    await outcome.getByRole("button", { name: "Abschließen" }).click();
    await outcome.getByText("Bitte füllen Sie dieses Feld aus.", { exact: false }).waitFor();
    await expectNoAxeViolations(providerPage);
    await outcome.getByRole("textbox", { name: "Ergebnis" }).fill("Kurs mit B1 abgeschlossen");
    await outcome.getByRole("button", { name: "Abschließen" }).click();
    await outcome.waitFor({ state: "hidden" });
    const history = providerPage.getByRole("region", { name: "Verlauf" });
    await expect.poll(() => history.textContent()).toContain("Kurs mit B1 abgeschlossen");
    for (const step of ["Gesendet", "Angenommen", "Begonnen", "Abgeschlossen"]) {
      expect(await history.textContent()).toContain(step);
    }

    await page.goto("/app/referrals/sent");
    await waitForPage(page);
    const sentRow = page.getByRole("row").filter({ hasText: "Iryna Bondar" });
    await expect.poll(() => sentRow.textContent()).toContain("Abgeschlossen");
    await expectNoAxeViolations(page);
    await page.goto(`/app/counselling/persons/${personId}`);
    const referrals = page.getByRole("region", { name: "Vermittlungen" });
    await expect.poll(() => referrals.textContent()).toContain("Abgeschlossen");
  });
});
