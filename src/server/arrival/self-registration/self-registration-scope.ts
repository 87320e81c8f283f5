import { or, type SQL, sql } from "drizzle-orm";
import { findGrants } from "../../platform/access/grants.js";
import type { TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import { buildMunicipalAreaCondition } from "../persons/person-scope.js";
import { selfRegistrationPolicy } from "./self-registration-policy.js";
import { selfRegistrations } from "./self-registration-tables.js";

export type TSelfRegistrationAction = (typeof selfRegistrationPolicy.actions)[number];

/**
 * The caseworkers' area rule (the person scope's rules 1 and 2) on the municipality a newcomer
 * chose; nothing else reaches a registration (no assignment or referral exists yet). Default deny.
 */
export function buildSelfRegistrationScope(actor: TAuthenticatedActor, action: TSelfRegistrationAction): SQL {
  const conditions = findGrants(actor, selfRegistrationPolicy, action).flatMap((grant) => {
    if (grant.scope === "everything") return [sql`true`];
    if (grant.scope !== "person_area") return [];
    const area = buildMunicipalAreaCondition(grant, selfRegistrations.municipalityAgs);
    return area ? [area] : [];
  });
  return conditions.length === 0 ? sql`false` : (or(...conditions) ?? sql`false`);
}

/** The audit context with the organisations whose grants allowed the action. */
export function auditContextFor(
  actor: TAuthenticatedActor,
  audit: TAuditContext,
  action: TSelfRegistrationAction,
): TAuditContext {
  const organisationIds = findGrants(actor, selfRegistrationPolicy, action).map(
    (grant) => grant.membership.organisationId,
  );
  return { ...audit, organisationIds: [...new Set(organisationIds)] };
}
