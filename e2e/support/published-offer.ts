import type { APIRequestContext, Browser, BrowserContext } from "playwright-core";
import { expect } from "vitest";
import { logIn, openContext } from "./browser.js";
import { createE2eCaseworker } from "./caseworker.js";

/** What the provider states: the API's offer content (src/common/offers/offer-content-schemas.ts). */
export type TE2eOfferContent = Record<string, unknown>;

/** The provider of published offers, with its staff member's signed-in context (the caller closes it). */
export type TE2eProvider = { name: string; organisationId: string; offerIds: string[]; staff: BrowserContext };

/**
 * A provider organisation with a staff member made the production way, who creates and submits
 * the offers; the reviewer (a district caseworker's request context) approves each one. Answers
 * the provider's name.
 */
export async function publishOffers(
  browser: Browser,
  reviewer: APIRequestContext,
  offers: readonly TE2eOfferContent[],
): Promise<string> {
  const provider = await publishOffersKeepingStaff(browser, reviewer, offers);
  await provider.staff.close();
  return provider.name;
}

/** As publishOffers, and the provider's staff member stays signed in for the inbox. */
export async function publishOffersKeepingStaff(
  browser: Browser,
  reviewer: APIRequestContext,
  offers: readonly TE2eOfferContent[],
): Promise<TE2eProvider> {
  const administration = await openContext(browser, "de");
  await logIn(administration);
  const name = `Sprachschule Hase ${Date.now()}`;
  const created = await administration.request.post("/api/organisations", {
    data: { kind: "provider", name, providerType: "language_school" },
  });
  expect(created.status()).toBe(201);
  const organisationId = ((await created.json()) as { id: string }).id;
  const provider = await openContext(browser, "de");
  await createE2eCaseworker(administration.request, provider, {
    organisationId,
    displayName: "Paula Träger",
    role: "provider_staff",
  });
  await administration.close();
  const offerIds: string[] = [];
  for (const content of offers) {
    const offer = await provider.request.post("/api/offers", { data: content });
    expect(offer.status(), await offer.text()).toBe(201);
    const { id, version } = (await offer.json()) as { id: string; version: number };
    const submitted = await provider.request.post(`/api/offers/${id}/submit`, { data: { version } });
    expect(submitted.status(), await submitted.text()).toBe(200);
    offerIds.push(id);
  }
  const queue = await reviewer.get("/api/offer-revisions/pending");
  expect(queue.status()).toBe(200);
  const { items } = (await queue.json()) as { items: { revisionId: string; providerName: string }[] };
  for (const revision of items.filter((item) => item.providerName === name)) {
    const approved = await reviewer.post(`/api/offer-revisions/${revision.revisionId}/approve`, { data: {} });
    expect(approved.status(), await approved.text()).toBe(200);
  }
  return { name, organisationId, offerIds, staff: provider };
}
