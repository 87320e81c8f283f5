import { eq } from "drizzle-orm";
import * as client from "openid-client";
import type { TOidcLoginError } from "../../../../common/platform/sso-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../../audit/record-audit-event.js";
import type { TOidcProviderConfig } from "../../config/oidc-providers-config.js";
import type { TDb } from "../../db/database.js";
import { memberships } from "../auth-tables.js";
import { createSession, type TClientInfo, type TSessionPolicy } from "../session-service.js";
import { mapRoleClaims, type TMappedMembership } from "./map-role-claims.js";
import type { TOidcClients } from "./oidc-clients.js";
import { OidcLoginError } from "./oidc-login-error.js";
import { consumeLoginState } from "./oidc-login-state.js";
import { findLinkedUser, resolveOidcAccount } from "./resolve-oidc-account.js";
import { keepExistingOrganisations, syncProviderMemberships } from "./sync-provider-memberships.js";

export type TOidcCallback = {
  provider: TOidcProviderConfig;
  /** Our redirect URI with the query the provider sent back. */
  callbackUrl: URL;
  /** The state from this browser's cookie, set when the login started. */
  cookieState: string | undefined;
};

type TOutcome = { kind: "signed_in"; token: string } | { kind: "refused"; code: TOidcLoginError };

/** Exchanges the code (PKCE), validates the ID token (issuer, audience, signature, nonce) and adds userinfo. */
async function fetchClaims(
  configuration: client.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error("the token response has no ID token");
    const userinfo = configuration.serverMetadata().userinfo_endpoint
      ? await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
      : {};
    // The signed ID token wins where both name the same claim.
    return { ...userinfo, ...idClaims };
  } catch (error) {
    throw new OidcLoginError("provider_error", { cause: error });
  }
}

/** How the user authenticated at the provider (e.g. ["pwd", "mfa"]), for the audit trail. */
function readAmr(claims: Record<string, unknown>): string[] {
  return Array.isArray(claims.amr) ? claims.amr.filter((item): item is string => typeof item === "string") : [];
}

const organisationIdsOf = (list: readonly { organisationId: string }[]) => [
  ...new Set(list.map((item) => item.organisationId)),
];

/**
 * Finishes a single sign-on login: checks the state against this browser's cookie and the stored
 * attempt, validates the provider's answer, maps its claims to memberships, finds or creates the
 * user and opens a session. A login that maps to no role is refused, and the user loses what this
 * provider had granted. Successes and refusals land in the audit trail in the same transaction as
 * their changes. Throws OidcLoginError; returns the new session's token.
 */
export async function completeOidcLogin(
  db: TDb,
  clients: TOidcClients,
  callback: TOidcCallback,
  policy: TSessionPolicy,
  clientInfo: TClientInfo,
): Promise<string> {
  const { provider, callbackUrl, cookieState } = callback;
  const state = callbackUrl.searchParams.get("state");
  if (!state || !cookieState || state !== cookieState) throw new OidcLoginError("invalid_state");
  const saved = await consumeLoginState(db, provider.id, state);
  if (!saved) throw new OidcLoginError("invalid_state");
  const configuration = await clients.configurationOf(provider);
  const claims = await fetchClaims(configuration, callbackUrl, { state, ...saved });
  const identity = { issuer: String(claims.iss), subject: String(claims.sub) };
  const mapped: TMappedMembership[] = await keepExistingOrganisations(db, mapRoleClaims(provider, claims));
  const method = { method: "oidc", provider: provider.id };
  const anonymousAudit: TAuditContext = {
    actorUserId: null,
    actorTokenId: null,
    organisationIds: [],
    ipAddress: clientInfo.ipAddress,
  };

  const outcome = await db.transaction(async (tx): Promise<TOutcome> => {
    async function refuse(code: TOidcLoginError, userId?: string): Promise<TOutcome> {
      await recordAuditEvent(tx, anonymousAudit, {
        action: "session.login_failed",
        ...(userId ? { subjectType: "user", subjectId: userId } : {}),
        detail: { ...method, reason: code },
      });
      return { kind: "refused", code };
    }
    if (mapped.length === 0) {
      const linked = await findLinkedUser(tx, identity);
      if (linked) await syncProviderMemberships(tx, anonymousAudit, linked.userId, provider.id, []);
      return refuse("no_role", linked?.userId);
    }
    const account = await resolveOidcAccount(tx, provider, identity, claims);
    if (account.kind === "refused") return refuse(account.code, account.userId);
    if (!account.isActive) return refuse("account_inactive", account.userId);
    await syncProviderMemberships(
      tx,
      { ...anonymousAudit, organisationIds: organisationIdsOf(mapped) },
      account.userId,
      provider.id,
      mapped,
    );
    const token = await createSession(tx, account.userId, policy, clientInfo);
    const held = await tx
      .select({ organisationId: memberships.organisationId })
      .from(memberships)
      .where(eq(memberships.userId, account.userId));
    await recordAuditEvent(
      tx,
      { ...anonymousAudit, actorUserId: account.userId, organisationIds: organisationIdsOf(held) },
      {
        action: "session.login",
        subjectType: "user",
        subjectId: account.userId,
        detail: { ...method, amr: readAmr(claims), linkedBy: account.linkedBy },
      },
    );
    return { kind: "signed_in", token };
  });
  if (outcome.kind === "refused") throw new OidcLoginError(outcome.code);
  return outcome.token;
}
