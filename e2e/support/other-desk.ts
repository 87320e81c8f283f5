import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { TArrivalSession } from "./arrival-session.js";
import { logIn, openContext } from "./browser.js";
import { createE2eCaseworker } from "./caseworker.js";

/**
 * A second desk for handovers: a new municipal unit of the municipality, with a caseworker invited,
 * enrolled and signed in on a page of its own. Answers the unit's (unique) name and the page.
 */
export async function openOtherDesk(
  session: TArrivalSession,
  { municipalUnitKey, name, displayName }: { municipalUnitKey: string; name: string; displayName: string },
): Promise<{ unitName: string; page: Page }> {
  const administration = await openContext(session.browser, "de");
  await logIn(administration);
  const unitName = `${name} ${Date.now()}`;
  const created = await administration.request.post("/api/organisations", {
    data: { kind: "municipal_unit", name: unitName, municipalUnitKey },
  });
  expect(created.status()).toBe(201);
  const context = await openContext(session.browser, "de");
  await createE2eCaseworker(administration.request, context, {
    organisationId: ((await created.json()) as { id: string }).id,
    displayName,
  });
  await administration.close();
  return { unitName, page: await context.newPage() };
}
