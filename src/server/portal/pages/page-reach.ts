import { inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { findGrants } from "../../platform/access/grants.js";
import { requireActor } from "../../platform/access/route-access.js";
import { auditContextOfRequest, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import { portalPagePolicy, type TPortalPageAction } from "./page-policy.js";
import { portalPages } from "./page-tables.js";

/** Whose pages an action reaches: municipal unit keys, and whether the district-wide ones. */
export type TPageReach = { unitKeys: string[]; isDistrictWide: boolean };

/** Who edits pages, and how far each action reaches. */
export type TPageEditor = {
  userId: string | null;
  audit: TAuditContext;
  reach(action: TPortalPageAction): TPageReach;
};

export function pageEditorOf(request: FastifyRequest): TPageEditor {
  const actor = requireActor(request);
  return {
    userId: actor.kind === "user" ? actor.userId : null,
    audit: auditContextOfRequest(request),
    reach(action) {
      const memberships = findGrants(actor, portalPagePolicy, action).map((grant) => grant.membership);
      return {
        unitKeys: [
          ...new Set(
            memberships.flatMap((membership) => (membership.municipalUnitKey ? [membership.municipalUnitKey] : [])),
          ),
        ],
        isDistrictWide: memberships.some((membership) => membership.organisationKind === "district"),
      };
    },
  };
}

/** Whether the reach covers an owner (a unit key, or null for the district-wide pages). */
export function reachesOwner(reach: TPageReach, ownerUnitKey: string | null): boolean {
  return ownerUnitKey === null ? reach.isDistrictWide : reach.unitKeys.includes(ownerUnitKey);
}

/** The reach as SQL over portal_pages. */
export function buildPageReachCondition(reach: TPageReach): SQL {
  const conditions = [
    ...(reach.unitKeys.length > 0 ? [inArray(portalPages.ownerUnitKey, reach.unitKeys)] : []),
    ...(reach.isDistrictWide ? [isNull(portalPages.ownerUnitKey)] : []),
  ];
  return conditions.length > 0 ? (or(...conditions) as SQL) : sql`false`;
}
