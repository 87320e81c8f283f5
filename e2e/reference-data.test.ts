import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openSignedInPage, type TSignedInPage, waitForPage } from "./support/browser.js";

let session: TSignedInPage;
let page: Page;

beforeAll(async () => {
  session = await openSignedInPage("de");
  page = session.page;
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session.browser.close();
});

const bodyRows = () => page.locator("table tbody tr");
const firstCells = () => page.locator("table tbody tr td:first-child").allTextContents();

test("lists the district's 34 municipalities, sorted by name and sortable by population", async () => {
  await page.goto("/app/administration/reference-data");
  await waitForPage(page);
  expect(await bodyRows().count()).toBe(34);
  expect(await page.getByRole("status").filter({ hasText: "Einträge" }).textContent()).toContain("34 Einträge.");
  const names = await firstCells();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "de", { numeric: true, sensitivity: "base" })));

  const populationHeader = page.getByRole("columnheader", { name: "Einwohner" });
  await populationHeader.getByRole("button").click();
  expect(await populationHeader.getAttribute("aria-sort")).toBe("ascending");
  await populationHeader.getByRole("button").click();
  expect(await populationHeader.getAttribute("aria-sort")).toBe("descending");
  expect((await firstCells())[0]).toBe("Melle");
  expect(await page.getByRole("columnheader", { name: "Name" }).getAttribute("aria-sort")).toBeNull();
});

test("the filter matches all words, ignores case and umlauts, and says when nothing matches", async () => {
  await page.goto("/app/administration/reference-data");
  await waitForPage(page);
  const filter = page.getByRole("searchbox", { name: "Filtern" });

  await filter.fill("samtgemeinde bersenbruck");
  await expect.poll(() => bodyRows().count()).toBe(7);
  expect(await page.getByText("7 von 34 Einträgen.").count()).toBe(1);

  await filter.fill("hutte");
  await expect.poll(() => firstCells()).toEqual(["Georgsmarienhütte"]);

  await filter.fill("Atlantis");
  await expect.poll(() => bodyRows().count()).toBe(0);
  expect(await page.getByText("Keine Einträge passen zu „Atlantis“.").count()).toBe(1);
});

test("each list has its own tab with the data of the API", async () => {
  const expectedRows = {
    Verwaltungen: 21,
    Handlungsfelder: 9,
  };
  await page.goto("/app/administration/reference-data");
  await waitForPage(page);
  // Rows are counted in the tab's own panel, once its data has arrived.
  const panelRows = (tab: string) => page.getByRole("tabpanel", { name: tab }).locator("table tbody tr");
  for (const [tab, rows] of Object.entries(expectedRows)) {
    await page.getByRole("tab", { name: tab }).click();
    await expect.poll(() => panelRows(tab).count(), { message: tab }).toBe(rows);
  }
  for (const tab of ["Kursarten", "Aufenthaltsstatus", "Sprachen"]) {
    await page.getByRole("tab", { name: tab }).click();
    await expect.poll(() => panelRows(tab).count(), { message: tab }).toBeGreaterThan(0);
  }
  // Native language names are marked up in their own language and direction.
  expect(await page.locator('td span[lang="ar"]').getAttribute("dir")).toBe("rtl");
});

test("an API failure shows the problem's title and detail, and retrying loads the list", async () => {
  let isFailing = true;
  await page.route("**/api/course-types", (route) =>
    isFailing
      ? route.fulfill({
          status: 503,
          contentType: "application/problem+json",
          body: JSON.stringify({
            type: "about:blank",
            title: "Der Dienst ist gerade nicht verfügbar.",
            status: 503,
            detail: "Wartungsarbeiten bis 18 Uhr.",
            requestId: "e2e-request-1",
          }),
        })
      : route.continue(),
  );
  await page.goto("/app/administration/reference-data?tab=course-types");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.textContent()).toContain("Der Dienst ist gerade nicht verfügbar.");
  expect(await alert.textContent()).toContain("Wartungsarbeiten bis 18 Uhr.");
  expect(await alert.textContent()).toContain("e2e-request-1");

  isFailing = false;
  await alert.getByRole("button", { name: "Erneut versuchen" }).click();
  await waitForPage(page);
  await expect.poll(() => bodyRows().count()).toBeGreaterThan(0);
  await page.unroute("**/api/course-types");
});

test("on a narrow screen the table scrolls sideways inside the page instead of widening it", async () => {
  await page.setViewportSize({ width: 390, height: 800 });
  try {
    await page.goto("/app/administration/reference-data");
    await waitForPage(page);
    const widths = await page.evaluate(() => {
      const table = document.querySelector("main table");
      const container = table?.parentElement?.parentElement;
      return {
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        table: table?.scrollWidth ?? 0,
        container: container?.clientWidth ?? 0,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.table).toBeGreaterThan(widths.container);
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test("the language switch changes the page, html lang, and is remembered", async () => {
  await page.goto("/app/administration/reference-data?tab=fields-of-action");
  await waitForPage(page);
  expect(await firstCellsOfColumn(2)).toContain("Aufenthalt");

  await page.getByRole("combobox", { name: "Sprache" }).selectOption("en");
  await page.getByRole("heading", { level: 1, name: "Reference data" }).waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  expect(await firstCellsOfColumn(2)).toContain("Residence");

  await page.reload();
  await waitForPage(page);
  expect(await page.locator("h1").textContent()).toBe("Reference data");
  expect(await page.evaluate(() => localStorage.getItem("kommmit.language"))).toBe("en");

  await page.getByRole("combobox", { name: "Language" }).selectOption("de");
  await page.getByRole("heading", { level: 1, name: "Referenzdaten" }).waitFor();
});

function firstCellsOfColumn(column: number) {
  return page.locator(`table tbody tr td:nth-child(${column})`).allTextContents();
}
