import { roles, type TRole } from "../../../../common/platform/organisations.js";
import type { TGrant } from "../../access/grants.js";
import { PROVIDER_TOKEN_ROLES } from "./api-token-policy.js";

/**
 * The roles the grants let the actor hand a token in this organisation: every role where the
 * grant reaches everything, the provider roles in a provider the actor administers, else none.
 */
export function listIssuableRoles(grants: readonly TGrant[], organisationId: string): TRole[] {
  if (grants.some((grant) => grant.scope === "everything")) return [...roles];
  const isOwn = grants.some(
    (grant) => grant.scope === "own_organisation" && grant.membership.organisationId === organisationId,
  );
  return isOwn ? [...PROVIDER_TOKEN_ROLES] : [];
}

/** One year ahead, the longest a token may live. */
export function latestExpiryFrom(now: Date): Date {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  return latest;
}
