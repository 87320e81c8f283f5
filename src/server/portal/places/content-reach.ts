import { type AnyColumn, isNull, or, type SQL, sql } from "drizzle-orm";
import { findGrants } from "../../platform/access/grants.js";
import type { TPolicy } from "../../platform/access/policy.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";

/** The owners whose content an action reaches: unit keys, and null for district-wide content. */
export function findContentOwners<TAction extends string>(
  actor: TAuthenticatedActor,
  policy: TPolicy<TAction>,
  action: TAction,
): (string | null)[] {
  const owners = findGrants(actor, policy, action)
    .filter((grant) => grant.scope === "own_organisation")
    .map((grant) => (grant.membership.organisationKind === "district" ? null : grant.membership.municipalUnitKey))
    .filter((owner) => owner !== undefined);
  return [...new Set(owners)];
}

/** The reach as an SQL condition on an owner column; no reach is `false` (default deny). */
export function buildContentReach(owners: readonly (string | null)[], ownerColumn: AnyColumn): SQL {
  const conditions = owners.map((owner) => (owner === null ? isNull(ownerColumn) : sql`${ownerColumn} = ${owner}`));
  return or(...conditions) ?? sql`false`;
}
