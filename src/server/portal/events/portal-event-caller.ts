import { eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { findGrants } from "../../platform/access/grants.js";
import { requireActor } from "../../platform/access/route-access.js";
import type { TAuditAction } from "../../platform/audit/audit-actions.js";
import {
  auditContextOfRequest,
  recordAuditEvent,
  type TAuditContext,
} from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { portalEventPolicy, type TPortalEventAction } from "./portal-event-policy.js";
import { portalEvents } from "./portal-event-tables.js";

/** Who calls an events service: the signed-in actor and the audit context of the request. */
export type TPortalEventCaller = { actor: TAuthenticatedActor; audit: TAuditContext };

export function portalEventCallerOf(request: FastifyRequest): TPortalEventCaller {
  return { actor: requireActor(request), audit: auditContextOfRequest(request) };
}

/** The owners an action reaches: municipal unit keys, and null for district-wide events. */
export function findEventOwners(caller: TPortalEventCaller, action: TPortalEventAction): (string | null)[] {
  const owners = findGrants(caller.actor, portalEventPolicy, action).map((grant) =>
    grant.membership.organisationKind === "district" ? null : grant.membership.municipalUnitKey,
  );
  return [...new Set(owners)];
}

/** The events an action reaches, as SQL on municipal_unit_key; anything else is not found (404). */
export function buildEventReach(caller: TPortalEventCaller, action: TPortalEventAction): SQL {
  const owners = findEventOwners(caller, action);
  const keys = owners.filter((owner): owner is string => owner !== null);
  const conditions = [
    ...(owners.includes(null) ? [isNull(portalEvents.municipalUnitKey)] : []),
    ...(keys.length > 0 ? [inArray(portalEvents.municipalUnitKey, keys)] : []),
  ];
  return or(...conditions) ?? sql`false`;
}

/** The caller's district organisations the action is granted in (the owners of district-wide events). */
export function findDistrictOrganisationIds(caller: TPortalEventCaller, action: TPortalEventAction): string[] {
  return findGrants(caller.actor, portalEventPolicy, action)
    .filter((grant) => grant.membership.organisationKind === "district")
    .map((grant) => grant.membership.organisationId);
}

export function isEventOwnerInReach(caller: TPortalEventCaller, action: TPortalEventAction, owner: string | null) {
  return findEventOwners(caller, action).includes(owner);
}

export const byEventId = (eventId: string) => eq(portalEvents.id, eventId);

/** An event change, in the change's transaction: ids and field names, never texts. */
export function auditEventChange(
  executor: TDbExecutor,
  caller: TPortalEventCaller,
  action: Extract<TAuditAction, `portal_event.${string}`>,
  eventId: string | undefined,
  detail: Record<string, unknown> = {},
): Promise<void> {
  return recordAuditEvent(executor, caller.audit, {
    action,
    subjectType: "portal_event",
    ...(eventId ? { subjectId: eventId } : {}),
    detail,
  });
}
