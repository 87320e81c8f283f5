import { inArray, type SQL, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { findGrants, findOrganisationReach, grantAdmits } from "../../platform/access/grants.js";
import { requireActor } from "../../platform/access/route-access.js";
import { auditContextOfRequest, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import { offerPolicy, type TOfferAction } from "../offer-policy.js";
import { offers } from "../offer-tables.js";

/** Who calls a directory service: the signed-in actor and the audit context of the request. */
export type TOfferCaller = { actor: TAuthenticatedActor; audit: TAuditContext };

export function offerCallerOf(request: FastifyRequest): TOfferCaller {
  return { actor: requireActor(request), audit: auditContextOfRequest(request) };
}

/**
 * The offers an action reaches, as SQL on offers.provider_id: everything for reviewers, the own
 * organisations for provider staff. Another provider's offer is simply not found (404), so its
 * existence does not leak.
 */
export function buildOfferReach(caller: TOfferCaller, action: TOfferAction): SQL {
  const reach = findOrganisationReach(caller.actor, offerPolicy, action);
  if (reach === "everything") return sql`true`;
  return reach.length > 0 ? inArray(offers.providerId, reach) : sql`false`;
}

/** Whether the action reaches an offer of this provider (for allowedActions). */
export function canReach(caller: TOfferCaller, action: TOfferAction, providerId: string): boolean {
  return findGrants(caller.actor, offerPolicy, action).some((grant) =>
    grantAdmits(caller.actor, grant, { organisationIds: [providerId] }),
  );
}

/** The provider a new offer belongs to: the first organisation the actor may create offers for. */
export function findCreatingProvider(caller: TOfferCaller): string | undefined {
  const reach = findOrganisationReach(caller.actor, offerPolicy, "create");
  return reach === "everything" ? undefined : reach[0];
}
