import { type AnyColumn, inArray, type SQL, sql } from "drizzle-orm";
import { findGrants } from "../platform/access/grants.js";
import type { TPolicy } from "../platform/access/policy.js";
import type { TAuthenticatedActor } from "../platform/auth/actor-types.js";
import { organisations } from "../platform/organisations/organisation-tables.js";

/**
 * The organisations whose grants reach an action of a steering policy. Steering works district-wide:
 * a caller reaches the districts those organisations lie in (one installation serves one district).
 */
export function organisationsGranting<TAction extends string>(
  actor: TAuthenticatedActor,
  policy: TPolicy<TAction>,
  action: TAction,
): string[] {
  return [...new Set(findGrants(actor, policy, action).map((grant) => grant.membership.organisationId))];
}

/** The districts of the organisations as an SQL condition on a district column; none is `false`. */
export function buildDistrictReach(organisationIds: readonly string[], districtColumn: AnyColumn): SQL {
  if (organisationIds.length === 0) return sql`false`;
  return sql`${districtColumn} in (select ${organisations.districtAgs} from ${organisations} where ${inArray(organisations.id, [...organisationIds])})`;
}
