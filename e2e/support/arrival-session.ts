import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { collectPageErrors, launchBrowser, logIn, openContext } from "./browser.js";
import { createE2eCaseworker, type TE2eCaseworker } from "./caseworker.js";

export const bramsche = "03459014";
export const melle = "03459024";

/** A browser with a district caseworker signed in (invited, enrolled), for the arrival module's e2e files. */
export type TArrivalSession = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  pageErrors: Error[];
  caseworker: TE2eCaseworker;
  /** Registers a person through the API as the caseworker; answers the new id. */
  register(body: Record<string, unknown>): Promise<string>;
  /** Opens a Mantine select (or multi-select), types to narrow its options when asked, and clicks the option. */
  choose(scope: Page | Locator, label: string, option: string, typed?: string): Promise<void>;
};

export async function openArrivalSession(): Promise<TArrivalSession> {
  const browser = await launchBrowser();
  const administration = await openContext(browser, "de");
  await logIn(administration);
  const context = await openContext(browser, "de");
  const caseworker = await createE2eCaseworker(administration.request, context);
  await administration.close();
  const page = await context.newPage();
  return {
    browser,
    context,
    page,
    pageErrors: collectPageErrors(page),
    caseworker,
    async register(body) {
      const response = await context.request.post("/api/persons", { data: body });
      expect(response.status(), await response.text()).toBe(201);
      return ((await response.json()) as { id: string }).id;
    },
    async choose(scope, label, option, typed) {
      const input = scope.getByRole("textbox", { name: label, exact: true }).first();
      await input.click();
      if (typed !== undefined) await input.fill(typed);
      await page.getByRole("listbox").getByRole("option", { name: option, exact: true }).click();
    },
  };
}
