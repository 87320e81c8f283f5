import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { offlineTexts } from "../src/server/portal/offline/offline-texts.js";
import { launchBrowser, logIn, openContext } from "./support/browser.js";
import { createE2eCaseworker } from "./support/caseworker.js";
import { publishPortalPage, waitForServiceWorkerControl, waitUntilKept } from "./support/portal.js";

/**
 * The portal's progressive enhancement (issue 7): the service worker keeps a municipality's
 * essentials and the pages read, so they open without a connection; read-aloud where the browser
 * speaks; "was this page helpful?" without JavaScript.
 */
const unit = "03459014";
const slug = `offline-${Date.now().toString(36)}`;
const title = "Notfall: Wen rufe ich an?";
let browser: Browser;
let readerContext: BrowserContext;
let reader: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const administration = await openContext(browser, "de");
  await logIn(administration);
  const editor = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, editor, { role: "content_editor", displayName: "Otto Offline" });
  await administration.close();
  await publishPortalPage(
    editor.request,
    { ownerUnitKey: null, topic: "emergencies", slug },
    { de: { title, bodyHtml: '<p>Rufen Sie <a href="tel:112">112</a> an.</p>' } },
  );
  await editor.close();
  readerContext = await openContext(browser, "de");
  reader = await readerContext.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe("the portal offline", () => {
  test("keeps the municipality's essentials once its start page was read, and reads them without a connection", async () => {
    await reader.goto(`/portal/de/${unit}/`);
    await waitForServiceWorkerControl(reader);
    await waitUntilKept(reader, `/portal/de/${unit}/${slug}`);
    await waitUntilKept(reader, "/portal/de/offline");

    await reader.goto(`/portal/de/${unit}/${slug}`);
    await reader.getByRole("heading", { level: 1, name: title }).waitFor();
    await readerContext.setOffline(true);
    await reader.reload();
    await reader.getByRole("heading", { level: 1, name: title }).waitFor();
    await reader.getByRole("link", { name: "112" }).waitFor();

    await reader.goto("/portal/de/offline");
    await reader.getByRole("heading", { level: 1, name: offlineTexts.de.offlineTitle }).waitFor();
    await reader.getByRole("region", { name: offlineTexts.de.keptPages }).getByRole("link", { name: title }).waitFor();

    await reader.goto(`/portal/de/${unit}/nie-gelesen`);
    await reader.getByRole("heading", { level: 1, name: offlineTexts.de.offlineTitle }).waitFor();
    await readerContext.setOffline(false);
  });

  test("reads the page aloud in the content's language, labelled in the page's", async () => {
    const page = await readerContext.newPage();
    await page.addInitScript(() => {
      const spoken: { lang: string; text: string }[] = [];
      Object.assign(window, { spoken });
      window.speechSynthesis.speak = (utterance) => {
        spoken.push({ lang: utterance.lang, text: utterance.text });
      };
    });
    await page.goto(`/portal/ar/${unit}/${slug}`);
    const button = page.getByRole("button", { name: offlineTexts.ar.readAloud });
    await button.click();
    await page.getByRole("button", { name: offlineTexts.ar.stopReading }).click();
    await button.waitFor();
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: { lang: string; text: string }[] }).spoken,
    );
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe("de");
    expect(spoken[0]?.text).toContain(title);
    expect(spoken[0]?.text).toContain("Rufen Sie 112 an.");
    await page.close();
  });

  test("asks whether the page helped, without JavaScript, and thanks", async () => {
    const context = await openContext(browser, "de", [], { javaScriptEnabled: false });
    const phone = await context.newPage();
    await phone.goto(`/portal/uk/${unit}/${slug}`);
    expect(await phone.locator("#read-aloud").isHidden()).toBe(true);
    await phone
      .getByRole("group", { name: offlineTexts.uk.feedbackQuestion })
      .getByRole("button", { name: "Так" })
      .click();
    await phone.getByText(offlineTexts.uk.feedbackThanks).waitFor();
    expect(new URL(phone.url()).search).toBe("?feedback=thanks");
    await context.close();
  });
});
