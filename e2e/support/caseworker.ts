import { randomBytes } from "node:crypto";
import type { APIRequestContext, BrowserContext } from "playwright-core";
import { expect, vi } from "vitest";
import { ZCurrentUser } from "../../src/common/platform/session-schemas.js";
import { generateTotpCode } from "../../src/server/platform/auth/second-factor/totp.js";
import { findLinkPath, readMails } from "./mailbox.js";
import { createAddress, findDistrictId } from "./people.js";

/** A caseworker of the district (all of its municipalities), with the recovery codes of their enrolment. */
export type TE2eCaseworker = { email: string; password: string; recoveryCodes: string[] };

/**
 * A caseworker (of the district unless another organisation is named; or provider staff) made the production way: invited by the administrator (whose signed-in
 * request context this takes), the invitation accepted, and the authenticator enrolled at the
 * first login, through the API of `context`, which is signed in as the caseworker afterwards.
 * Waits with vi.waitFor, not expect.poll, so that it also works in beforeAll.
 */
export async function createE2eCaseworker(
  administrator: APIRequestContext,
  context: BrowserContext,
  options: {
    organisationId?: string;
    displayName?: string;
    role?: "caseworker" | "provider_staff" | "content_editor" | "district_coordinator";
  } = {},
): Promise<TE2eCaseworker> {
  const password = randomBytes(18).toString("base64url");
  const email = createAddress("e2e-caseworker");
  const invited = await administrator.post("/api/invitations", {
    data: {
      email,
      displayName: options.displayName ?? "Clara Fallbearbeitung",
      organisationId: options.organisationId ?? (await findDistrictId(administrator)),
      role: options.role ?? "caseworker",
      locale: "de",
    },
  });
  expect(invited.status()).toBe(202);
  const invitation = await vi.waitFor(
    async () => {
      const mail = (await readMails()).find((candidate) => candidate.envelopeTo.includes(email));
      if (!mail) throw new Error(`no invitation to ${email} yet`);
      return mail;
    },
    { timeout: 30_000, interval: 250 },
  );
  const token = findLinkPath(invitation, "/app/invitation/").split("/").pop();
  const accepted = await context.request.post(`/api/invitations/${token}/acceptance`, { data: { password } });
  expect(accepted.status()).toBe(204);
  const login = await context.request.post("/api/sessions", { data: { email, password } });
  expect(login.status()).toBe(201);
  const { stage } = ZCurrentUser.parse(await login.json());
  // Roles without person data (a content editor, a district coordinator) need no second factor: signed in already.
  if (options.role === "content_editor" || options.role === "district_coordinator") {
    expect(stage).toBe("complete");
    return { email, password, recoveryCodes: [] };
  }
  expect(stage).toBe("enrolment_required");
  const enrolment = await context.request.post("/api/sessions/current/second-factor/enrolment", { data: {} });
  expect(enrolment.status()).toBe(201);
  const { secret } = (await enrolment.json()) as { secret: string };
  const confirmed = await context.request.post("/api/sessions/current/second-factor/enrolment/confirmation", {
    data: { code: generateTotpCode(secret) },
  });
  expect(confirmed.status()).toBe(200);
  const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] };
  return { email, password, recoveryCodes };
}

/** Signs another context in as the caseworker, the second factor with one of their recovery codes (each works once). */
export async function logInAsCaseworker(context: BrowserContext, caseworker: TE2eCaseworker) {
  const recoveryCode = caseworker.recoveryCodes.shift();
  if (recoveryCode === undefined) throw new Error("the e2e caseworker has no recovery codes left");
  const login = await context.request.post("/api/sessions", {
    data: { email: caseworker.email, password: caseworker.password },
  });
  expect(login.status()).toBe(201);
  const verified = await context.request.post("/api/sessions/current/second-factor", { data: { recoveryCode } });
  expect(verified.status()).toBe(200);
}
