import type { APIRequestContext, Page } from "playwright-core";
import { expect } from "vitest";
import type { TContentLanguage, TPortalTopic } from "../../src/common/portal/portal-content.js";

export type TE2ePageText = { title: string; bodyHtml: string };

/**
 * Creates a portal page through the staff API (the request context signed in as a content editor of its owner),
 * saves its texts in the order given — German first, as a translation needs it — and publishes it. Answers its id.
 */
export async function publishPortalPage(
  request: APIRequestContext,
  page: { ownerUnitKey: string | null; topic: TPortalTopic; slug: string },
  texts: Partial<Record<TContentLanguage, TE2ePageText>>,
): Promise<string> {
  const created = await request.post("/api/portal/pages", { data: page });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  for (const [language, { title, bodyHtml }] of Object.entries(texts)) {
    const saved = await request.put(`/api/portal/pages/${id}/texts/${language}`, {
      data: { title, summary: "", bodyHtml, textVersion: null },
    });
    expect(saved.status(), await saved.text()).toBe(200);
  }
  const published = await request.post(`/api/portal/pages/${id}/publish`, { data: { version: 1 } });
  expect(published.status(), await published.text()).toBe(200);
  return id;
}

/** Waits until the portal's service worker (registered by portal.js) is active and controls the page. */
export function waitForServiceWorkerControl(page: Page): Promise<void> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
  });
}

/** Waits until the service worker keeps the address (path from /portal/ on), so it opens offline. */
export async function waitUntilKept(page: Page, path: string): Promise<void> {
  await page.waitForFunction(
    async (url) => (await caches.match(new URL(url, location.href).href, { ignoreVary: true })) !== undefined,
    path,
    { timeout: 20_000, polling: 250 },
  );
}
