import type { APIRequestContext } from "playwright-core";
import { expect } from "vitest";
import { findLinkPath, waitForMailTo } from "./mailbox.js";

/** A fresh address per call, so test files and reruns never share an account. */
export function createAddress(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@landkreis-osnabrueck.test`;
}

/** The district organisation of the e2e run, through the API (the request context must be signed in as administrator). */
export async function findDistrictId(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/organisations?kind=district");
  expect(response.status()).toBe(200);
  const [district] = (await response.json()).items as { id: string }[];
  if (!district) throw new Error("no district organisation");
  return district.id;
}

/**
 * An active account made the way production makes one: invited by the administrator through the
 * API, accepted with the mailed link. A content editor sees no person data.
 */
export async function createAcceptedUser(request: APIRequestContext, password: string) {
  const email = createAddress("e2e-account");
  const invited = await request.post("/api/invitations", {
    data: {
      email,
      displayName: "Jana Beispiel",
      organisationId: await findDistrictId(request),
      role: "content_editor",
      locale: "de",
    },
  });
  expect(invited.status()).toBe(202);
  const token = findLinkPath(await waitForMailTo(email), "/app/invitation/")
    .split("/")
    .pop();
  const accepted = await request.post(`/api/invitations/${token}/acceptance`, { data: { password } });
  expect(accepted.status()).toBe(204);
  return email;
}
