import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bramsche, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { waitForPage } from "./support/browser.js";
import { runFirstInterview } from "./support/first-interview.js";
import { publishOffers } from "./support/published-offer.js";

/** Passende Angebote: after the first interview, the counselling file ranks offers per need with a reason per criterion. */
let session: TArrivalSession;
let page: Page;

const course = (title: string, overrides: Record<string, unknown>) => ({
  category: "language_course",
  fieldsOfAction: ["sprache"],
  courseType: "ik_allgemein",
  cefrFrom: "A1",
  cefrTo: "B1",
  languages: ["de"],
  municipalityAgs: bramsche,
  scheduleKind: "recurring",
  weekdays: ["mon", "wed"],
  capacity: 20,
  freePlaces: 5,
  costKind: "free_with_entitlement",
  translations: [{ language: "de", title, description: "<p>Deutsch von A1 bis B1.</p>" }],
  ...overrides,
});

beforeAll(async () => {
  session = await openArrivalSession();
  page = session.page;
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

describe("matching offers to needs", () => {
  test("shows ranked offers with reasons per need, excluded ones on demand, and unmet needs", async () => {
    const suffix = Date.now();
    await publishOffers(session.browser, session.context.request, [
      course(`Integrationskurs vormittags ${suffix}`, { timeSlots: ["mornings"], hasChildcare: true }),
      course(`Integrationskurs abends ${suffix}`, { timeSlots: ["evenings"] }),
    ]);
    const id = await session.register({
      givenName: "Iryna",
      familyName: "Bondar",
      municipalityAgs: bramsche,
      birthYear: 1991,
    });
    await page.goto(`/app/counselling/persons/${id}`);
    await page.getByRole("region", { name: "Bedarfe" }).getByRole("button", { name: "Erstgespräch beginnen" }).click();
    await runFirstInterview(page);
    await page.goto(`/app/counselling/persons/${id}`);
    await waitForPage(page);

    const matches = page.getByRole("region", { name: "Passende Angebote" });
    await matches.getByRole("button", { name: "Passende Angebote suchen" }).click();
    const morning = matches.getByRole("article", { name: `Integrationskurs vormittags ${suffix}` });
    await morning.waitFor();
    await expect.poll(() => morning.textContent()).toContain("vormittags — Person hat dann Zeit");
    expect(await morning.textContent()).toContain("Niveau A1–B1 — Person hat A1");
    expect(await morning.textContent()).toContain("mit Kinderbetreuung");
    expect(await matches.getByRole("article", { name: `Integrationskurs abends ${suffix}` }).count()).toBe(0);
    await expect
      .poll(() => matches.textContent())
      .toContain("Kein passendes Angebot in Reichweite — als ungedeckter Bedarf erfasst.");

    await matches.getByRole("switch", { name: "Ausgeschlossene anzeigen" }).check();
    const evening = matches.getByRole("article", { name: `Integrationskurs abends ${suffix}` });
    await evening.waitFor();
    expect(await evening.textContent()).toContain("abends — Person hat dann keine Zeit");
    await expectNoAxeViolations(page);
  });
});
