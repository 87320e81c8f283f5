import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import type { TProblem } from "../src/common/platform/problem.js";
import { abortRequests, answerWithEmptyList, answerWithProblem } from "./support/api-routes.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { openSignedInPage, type TLanguage, type TSignedInPage, waitForPage } from "./support/browser.js";

type TStateTexts = {
  problemTitle: string;
  problemDetail: string;
  networkTitle: string;
  empty: string;
  filter: string;
  pageErrorTitle: string;
  unexpectedTitle: string;
};

/** What the app shows in each language; the problem texts stand for what the server would send. */
const texts: Record<TLanguage, TStateTexts> = {
  de: {
    problemTitle: "Die Datenbank ist nicht erreichbar.",
    problemDetail: "Bitte versuchen Sie es in einigen Minuten erneut.",
    networkTitle: "Keine Verbindung zum Server.",
    empty: "Keine Einträge vorhanden.",
    filter: "Filtern",
    pageErrorTitle: "Diese Seite konnte nicht angezeigt werden",
    unexpectedTitle: "Ein unerwarteter Fehler ist aufgetreten.",
  },
  en: {
    problemTitle: "The database cannot be reached.",
    problemDetail: "Please try again in a few minutes.",
    networkTitle: "No connection to the server.",
    empty: "There are no entries.",
    filter: "Filter",
    pageErrorTitle: "This page could not be shown",
    unexpectedTitle: "An unexpected error occurred.",
  },
};

const languages: TLanguage[] = ["de", "en"];

describe.each(languages)("error and empty states in %s", (language) => {
  const text = texts[language];
  let session: TSignedInPage;
  let page: Page;

  beforeAll(async () => {
    session = await openSignedInPage(language);
    page = session.page;
  });

  afterEach(async () => {
    await page.unrouteAll({ behavior: "wait" });
  });

  afterAll(async () => {
    expect(session.pageErrors).toEqual([]);
    await session.browser.close();
  });

  function createServerProblem(requestId: string): TProblem {
    return {
      type: "about:blank",
      title: text.problemTitle,
      status: 500,
      detail: text.problemDetail,
      requestId,
    };
  }

  test("an API failure on the reference data page shows the problem", async () => {
    await answerWithProblem(page, "**/api/fields-of-action", createServerProblem("e2e-reference-500"));
    await page.goto("/app/administration/reference-data?tab=fields-of-action");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await waitForPage(page);
    expect(await alert.textContent()).toContain(text.problemTitle);
    expect(await alert.textContent()).toContain(text.problemDetail);
    expect(await alert.textContent()).toContain("e2e-reference-500");
    await expectNoAxeViolations(page);
  });

  test("a dropped connection on the reference data page says there is no connection", async () => {
    await abortRequests(page, "**/api/languages");
    await page.goto("/app/administration/reference-data?tab=languages");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await waitForPage(page);
    expect(await alert.textContent()).toContain(text.networkTitle);
    await expectNoAxeViolations(page);
  });

  test("an empty reference list says there are no entries", async () => {
    await answerWithEmptyList(page, "**/api/course-types");
    await page.goto("/app/administration/reference-data?tab=course-types");
    await waitForPage(page);
    await page.getByText(text.empty, { exact: true }).waitFor();
    expect(await page.locator("table").count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  test("a session check that fails with a server error shows the problem instead of the app", async () => {
    await answerWithProblem(page, "**/api/sessions/current", createServerProblem("e2e-session-500"));
    await page.goto("/app/");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await waitForPage(page);
    expect(await page.locator("h1").textContent()).toBe(text.pageErrorTitle);
    expect(page.url()).toMatch(/\/app\/$/);
    expect(await alert.textContent()).toContain(text.problemTitle);
    expect(await alert.textContent()).toContain(text.problemDetail);
    expect(await alert.textContent()).toContain("e2e-session-500");
    await expectNoAxeViolations(page);
  });

  test("a page that fails to render shows the route error page inside the frame", async () => {
    await page.goto("/app/administration/reference-data?tab=course-types");
    await waitForPage(page);
    // A translation tool or browser extension moves a node React owns into an element of its own
    // (Google Translate wraps text in <font>); React's next removal of that node then throws.
    // The moved node is the table's scroll container (Mantine's static class), the node React removes.
    await page.locator("main .mantine-TableScrollContainer-scrollContainer").evaluate((container) => {
      const wrapper = document.createElement("font");
      container.before(wrapper);
      wrapper.append(container);
    });
    await page.getByRole("searchbox", { name: text.filter }).fill("Atlantis");
    await page.getByRole("heading", { level: 1, name: text.pageErrorTitle }).waitFor();
    expect(await page.getByRole("alert").textContent()).toContain(text.unexpectedTitle);
    expect(await page.getByRole("navigation").count()).toBe(1);
    await expectNoAxeViolations(page);
  });
});
