import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pngBytes } from "../src/server/portal/media/media-test-files.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, logIn, openContext, waitForPage } from "./support/browser.js";
import { createE2eCaseworker } from "./support/caseworker.js";

/**
 * Editing portal pages in the staff app (issue 7): a content editor of the district creates a page
 * with German rich text and an image from the media library, previews and publishes it, translates it into Arabic beside the German
 * source (right to left); the portal then shows the Arabic text, and a reader's "helpful" answer
 * shows on the page's feedback counts.
 */
const unit = "03459014";
const slug = `wohnung-${Date.now().toString(36)}`;
const title = `Eine Wohnung finden ${Date.now().toString(36)}`;
const arabicTitle = "العثور على شقة";
let browser: Browser;
let editor: BrowserContext;
let page: Page;
let pageErrors: Error[];

beforeAll(async () => {
  browser = await launchBrowser();
  const administration = await openContext(browser, "de");
  await logIn(administration);
  editor = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, editor, { role: "content_editor", displayName: "Emil Redaktion" });
  await administration.close();
  const uploaded = await editor.request.post("/api/portal/media?owner=district&fileName=stadtplan.png", {
    headers: { "content-type": "image/png" },
    data: pngBytes,
  });
  expect(uploaded.status()).toBe(201);
  page = await editor.newPage();
  pageErrors = collectPageErrors(page);
}, 120_000);

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
});

describe("editing portal pages", () => {
  test("an editor creates, previews, publishes and translates a page; the portal shows the translation", async () => {
    await page.goto("/app/portal");
    await waitForPage(page);
    await page.getByRole("heading", { level: 1, name: "Portalseiten" }).waitFor();
    const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
    expect(await navigation.getByRole("link", { name: "Portal" }).getAttribute("aria-current")).toBe("page");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Neue Seite" }).click();
    await page.getByRole("heading", { level: 1, name: "Neue Seite" }).waitFor();
    await waitForPage(page);
    await page.getByRole("button", { name: "Seite anlegen" }).click();
    await page.locator("[data-form-messages]").waitFor();
    await page.getByRole("textbox", { name: "Thema", exact: true }).click();
    await page.getByRole("listbox").getByRole("option", { name: "Wohnen", exact: true }).click();
    await page.getByRole("textbox", { name: "Adresse", exact: true }).fill(slug);
    await page.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
    await page.getByRole("textbox", { name: "Kurzfassung", exact: true }).fill("So suchen Sie eine Wohnung.");
    const body = page.getByRole("textbox", { name: "Text", exact: true });
    await body.click();
    await page.getByRole("button", { name: "Fett", exact: true }).click();
    await page.keyboard.type("Wichtig:");
    await page.getByRole("button", { name: "Fett", exact: true }).click();
    await page.keyboard.type(" Fragen Sie im Rathaus.");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Aufzählung", exact: true }).click();
    await page.keyboard.type("Mietvertrag mitbringen");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Bild aus der Mediathek einfügen" }).click();
    const dialog = page.getByRole("dialog", { name: "Bild einfügen" });
    await dialog.getByRole("button", { name: "Einfügen" }).click();
    await dialog.getByText("Bitte wählen Sie ein Bild aus.").waitFor();
    await dialog.getByRole("radio", { name: "stadtplan.png" }).check();
    await expectNoAxeViolations(page);
    await dialog.getByRole("textbox", { name: /Beschreibung des Bildes/ }).fill("Stadtplan mit dem Rathaus");
    await dialog.getByRole("button", { name: "Einfügen" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("button", { name: "Seite anlegen" }).click();

    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByRole("status").filter({ hasText: "Die Seite ist angelegt (Entwurf)." }).waitFor();
    const editAddress = page.url();
    await waitForPage(page);
    const preview = page.frameLocator('iframe[title="Vorschau der Seite: Deutsch"]');
    await preview.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(await preview.locator("strong", { hasText: "Wichtig:" }).count()).toBe(1);
    expect(await preview.locator("ul li", { hasText: "Mietvertrag mitbringen" }).count()).toBe(1);
    expect(await preview.getByRole("img", { name: "Stadtplan mit dem Rathaus" }).getAttribute("src")).toMatch(
      /^\/portal\/media\/[0-9a-f-]{36}\/stadtplan\.png$/,
    );
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Veröffentlichen", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Die Seite ist veröffentlicht." }).waitFor();

    await page.getByRole("link", { name: "Arabisch", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Übersetzung: Arabisch" }).waitFor();
    await waitForPage(page);
    expect(await page.getByText("Noch keine Übersetzung").count()).toBe(1);
    const source = page.getByRole("region", { name: "Deutscher Text (Fassung 1)" });
    expect(await source.textContent()).toContain("Mietvertrag mitbringen");
    const translationBody = page.getByRole("textbox", { name: "Text", exact: true });
    expect(await translationBody.getAttribute("dir")).toBe("rtl");
    await page.getByRole("textbox", { name: "Titel", exact: true }).fill(arabicTitle);
    await translationBody.click();
    await page.keyboard.type("اسأل في البلدية.");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Text speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Gespeichert als Fassung 1" }).waitFor();
    await page.getByText("Aktuell: übersetzt aus der deutschen Fassung 1.").waitFor();

    const reader = await editor.newPage();
    await reader.goto(`/portal/ar/${unit}/${slug}`);
    expect(await reader.locator("h1").textContent()).toBe(arabicTitle);
    expect(await reader.locator("main").textContent()).toContain("اسأل في البلدية.");
    expect(await reader.locator("html").getAttribute("dir")).toBe("rtl");
    await reader.locator('form.feedback button[value="yes"]').click();
    await reader.waitForURL(/feedback=thanks/);

    await page.goto(editAddress);
    const feedback = page.getByRole("table", {
      name: "Antworten auf „War diese Seite hilfreich?“ nach der gelesenen Sprache",
    });
    const arabicRow = feedback.getByRole("row", { name: /Arabisch/ });
    await arabicRow.waitFor();
    expect(await arabicRow.getByRole("cell").allTextContents()).toEqual(["1", "0"]);
    await expectNoAxeViolations(page);
  });
});
