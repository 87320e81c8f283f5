import type { APIRequestContext, Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { portalTexts } from "../src/server/arrival/self-registration/portal-texts.js";
import { selfCheckQuestionTexts, selfCheckUiTexts } from "../src/server/counselling/self-check/self-check-texts.js";
import { contentTexts } from "../src/server/portal/public/content-texts.js";
import { entryTexts } from "../src/server/portal/public/entry-texts.js";
import { searchTexts } from "../src/server/portal/public/search-texts.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { collectPageErrors, launchBrowser, logIn, openContext } from "./support/browser.js";
import { createE2eCaseworker } from "./support/caseworker.js";
import { publishPortalPage, waitForServiceWorkerControl, waitUntilKept } from "./support/portal.js";

/**
 * Issue 7's "done when", the newcomer's part (the editor's is portal-editing.e2e.test.ts): on a 360 px screen with
 * the browser in Arabic, a newcomer opens the portal, chooses the municipality, finds a page with the header search
 * and reads it, reads it again offline, registers, and — once a caseworker has confirmed the registration and
 * invited the new person — opens the self-check with the code and answers its first step, right to left throughout.
 */
const unit = "03459014";
const stamp = Date.now().toString(36);
const slug = `deutschkurs-${stamp}`;
const title = "دورات اللغة الألمانية في برامشه";
const body = "تبدأ دورات الاندماج كل شهر. اسأل في البلدية عن التسجيل.";
const familyName = `Haddad-${stamp}`;
const ar = {
  content: contentTexts.ar,
  entry: entryTexts.ar,
  form: portalTexts.ar,
  search: searchTexts.ar,
  selfCheck: selfCheckUiTexts.ar,
};
const questionTexts = selfCheckQuestionTexts["first-interview@1"]?.ar ?? {};
let browser: Browser;
let caseworker: APIRequestContext;
let newcomer: BrowserContext;
let page: Page;
let pageErrors: Error[];

beforeAll(async () => {
  browser = await launchBrowser();
  const administration = await openContext(browser, "de");
  await logIn(administration);
  const editor = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, editor, { role: "content_editor", displayName: "Rana Redaktion" });
  const staff = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, staff);
  caseworker = staff.request;
  await administration.close();
  await publishPortalPage(
    editor.request,
    { ownerUnitKey: null, topic: "language_courses", slug },
    {
      de: { title: "Deutschkurse in Bramsche", bodyHtml: "<p>Integrationskurse beginnen jeden Monat.</p>" },
      ar: { title, bodyHtml: `<p>${body}</p>` },
    },
  );
  await editor.close();
  newcomer = await openContext(browser, "de", [], { locale: "ar", viewport: { width: 360, height: 740 } });
  page = await newcomer.newPage();
  pageErrors = collectPageErrors(page);
}, 120_000);

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
});

/** The self-check's Arabic wording of a key of the first interview ("title", "section:…", a question, "question.option"). */
function question(key: string): string {
  const text = questionTexts[key];
  if (text === undefined) throw new Error(`no Arabic text for ${key}`);
  return text;
}

async function expectArabicPage(heading: string) {
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe("ar");
  expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

/** The staff side: the district caseworker confirms the registration into a person and invites them in Arabic. */
async function confirmAndInvite(): Promise<string> {
  const listed = await caseworker.get(`/api/self-registrations?status=pending&municipalityAgs=${unit}&pageSize=100`);
  expect(listed.status(), await listed.text()).toBe(200);
  const { items } = (await listed.json()) as { items: { id: string; familyName: string }[] };
  const registration = items.find((item) => item.familyName === familyName);
  if (!registration) throw new Error(`no pending registration of ${familyName}`);
  const confirmed = await caseworker.post(`/api/self-registrations/${registration.id}/confirm`, { data: {} });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  const { personId } = (await confirmed.json()) as { personId: string };
  const invited = await caseworker.post(`/api/persons/${personId}/self-checks`, { data: { language: "ar" } });
  expect(invited.status(), await invited.text()).toBe(201);
  const { path } = (await invited.json()) as { path: string };
  const code = path.split("/").pop();
  if (!code) throw new Error(`no code in ${path}`);
  return code;
}

describe("a newcomer on the portal in Arabic", () => {
  test("reads, searches, reads offline, registers and starts the self-check", async () => {
    await page.goto("/portal/");
    expect(new URL(page.url()).pathname).toBe("/portal/ar/");
    await expectArabicPage(ar.content.chooseMunicipality);
    await page.getByRole("link", { name: "Bramsche", exact: true }).click();
    await expectArabicPage("Bramsche");
    await waitForServiceWorkerControl(page);

    const search = page.getByRole("search");
    await search.getByRole("searchbox", { name: ar.search.search }).fill("الاندماج");
    await search.getByRole("button", { name: ar.search.button }).click();
    await expectArabicPage(ar.search.search);
    const hit = page.locator(`main ol a[href="/portal/ar/${unit}/${slug}"]`);
    expect(await hit.textContent()).toBe(title);
    await expectNoAxeViolations(page);
    await hit.click();
    await expectArabicPage(title);
    await page.getByText(body).waitFor();

    await waitUntilKept(page, `/portal/ar/${unit}/${slug}`);
    await newcomer.setOffline(true);
    expect((await page.reload())?.fromServiceWorker()).toBe(true);
    await expectArabicPage(title);
    await page.getByText(body).waitFor();
    await newcomer.setOffline(false);

    await page
      .getByRole("navigation", { name: ar.content.breadcrumb })
      .getByRole("link", { name: "Bramsche", exact: true })
      .click();
    await page
      .getByRole("navigation", { name: ar.entry.quickLinks })
      .getByRole("link", { name: ar.entry.register })
      .click();
    await expectArabicPage(ar.form.pageTitle);
    await page.getByLabel(ar.form.municipality).selectOption({ label: "Bramsche" });
    await page.getByLabel(ar.form.givenName).fill("Amal");
    await page.getByLabel(ar.form.familyName).fill(familyName);
    await page.getByLabel(ar.form.hasReadPrivacyNotice).check();
    await page.getByLabel(ar.form.consentCounselling).check();
    await page.getByRole("button", { name: ar.form.submit }).click();
    await expectArabicPage(ar.form.successTitle);

    const code = await confirmAndInvite();

    await page.goto(`/portal/ar/${unit}/`);
    await page
      .getByRole("navigation", { name: ar.entry.quickLinks })
      .getByRole("link", { name: ar.entry.selfCheck })
      .click();
    await expectArabicPage(ar.entry.selfCheck);
    await page.getByRole("textbox", { name: ar.entry.codeLabel }).fill(code);
    await page.getByRole("button", { name: ar.entry.startButton }).click();
    await expectArabicPage(question("title"));
    const status = page.getByRole("group", { name: question("residence_category") });
    await status.waitFor();
    await expectNoAxeViolations(page);

    await status.getByRole("radio", { name: question("residence_category.niederlassung") }).check();
    await page.getByRole("button", { name: ar.selfCheck.next }).click();
    await page.getByRole("heading", { level: 2, name: question("section:wohnen") }).waitFor();
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
  });
});
