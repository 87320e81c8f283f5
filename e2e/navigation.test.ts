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

const builtPages = [
  { link: "Beraten", path: "/app/counselling" },
  { link: "Angebote", path: "/app/offers" },
  { link: "Organisationen", path: "/app/administration/organisations" },
  { link: "Benutzer", path: "/app/administration/users" },
];

test("the start page shows the user's access and the district's figures from the reference data", async () => {
  await page.goto("/app/");
  await waitForPage(page);
  await expect.poll(() => page.title()).toBe("Start – KommMit");
  const access = page.getByRole("region", { name: "Ihre Zugänge" });
  expect(await access.textContent()).toContain("Landkreis Osnabrück");
  expect(await access.textContent()).toContain("Administration");
  const district = page.getByRole("region", { name: "Der Landkreis auf einen Blick" });
  expect(await district.textContent()).toContain("34");
  expect(await district.textContent()).toContain("21");
});

test("steering is reachable from the navigation and tells an administrator it is the coordinators'", async () => {
  await page.goto("/app/");
  await waitForPage(page);
  const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
  await navigation.getByRole("link", { name: "Steuerung" }).click();
  await page.waitForURL((url) => url.pathname === "/app/steering");
  // The URL changes before React has rendered the new page; wait for its heading and title.
  await page.getByRole("heading", { level: 1, name: "Steuerung", exact: true }).waitFor();
  await expect.poll(() => page.title()).toBe("Steuerung – KommMit");
  await page.getByRole("heading", { level: 2, name: "Kein Zugriff auf das Integrationskonzept" }).waitFor();
  expect(await navigation.getByRole("link", { name: "Steuerung" }).getAttribute("aria-current")).toBe("page");
});

test("administrators reach the built modules, organisations and users from the navigation", async () => {
  await page.goto("/app/");
  await waitForPage(page);
  const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
  for (const { link, path } of builtPages) {
    await navigation.getByRole("link", { name: link }).click();
    await page.waitForURL((url) => url.pathname === path);
    await page.getByRole("heading", { level: 1, name: link, exact: true }).waitFor();
  }
});

test("an unknown address shows the 404 page inside the app, with the navigation", async () => {
  await page.goto("/app/gibt/es/nicht");
  await waitForPage(page);
  expect(await page.locator("h1").textContent()).toBe("Seite nicht gefunden");
  expect(await page.getByRole("navigation", { name: "Hauptnavigation" }).isVisible()).toBe(true);
  await page.getByRole("main").getByRole("link", { name: "Zur Startseite" }).click();
  await page.waitForURL((url) => url.pathname === "/app/");
});

test("/app/administration leads to its first page", async () => {
  await page.goto("/app/administration");
  await page.waitForURL((url) => url.pathname === "/app/administration/organisations");
});

test("on a narrow screen the navigation is a drawer that is out of reach until opened", async () => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/app/");
  await waitForPage(page);
  const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
  expect(await navigation.getAttribute("inert")).not.toBeNull();

  const menuButton = page.getByRole("button", { name: "Navigation öffnen" });
  await menuButton.click();
  expect(await page.getByRole("button", { name: "Navigation schließen" }).getAttribute("aria-expanded")).toBe("true");
  expect(await navigation.getAttribute("inert")).toBeNull();
  await navigation.getByRole("link", { name: "Referenzdaten" }).click();
  await page.waitForURL((url) => url.pathname === "/app/administration/reference-data");
  await expect.poll(() => navigation.getAttribute("inert")).not.toBeNull();
  await page.setViewportSize({ width: 1280, height: 720 });
});
