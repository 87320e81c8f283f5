import { type SQL, sql } from "drizzle-orm";
import type { TPlanRecordAction } from "../../../common/counselling/plan.js";
import type { TPersonAccess } from "../../arrival/persons/person-access.js";
import { buildPersonScopeCondition, type TPersonScopeContribution } from "../../arrival/persons/person-scope.js";
import { findGrants } from "../../platform/access/grants.js";
import type { TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import { integrationPlanPolicy } from "./plan-policy.js";

export type TPlanAccessOptions = {
  person: TPersonAccess;
  actor: TAuthenticatedActor;
  contributions: readonly TPersonScopeContribution[];
};

/**
 * Plans are reached through the person data access layer: a plan's person must lie within the
 * actor's person scope for the action, and within the scope the plan policy's own grants give
 * (so a provider membership that sees a referred person never reaches that person's plan). Both
 * are conditions on `persons`, joined in SQL by every plan query.
 */
export function createPlanAccess({ person, actor, contributions }: TPlanAccessOptions) {
  const scopeFor = (action: TPlanRecordAction): SQL =>
    sql`(${person.scopeFor(action)}) and (${buildPersonScopeCondition(
      actor,
      findGrants(actor, integrationPlanPolicy, action),
      contributions,
    )})`;

  const auditFor = (action: TPlanRecordAction): TAuditContext => person.auditFor(action);

  return {
    /** The person data access layer underneath, for reads of the person's own record (documents). */
    person,
    scopeFor,
    auditFor,
    /** The user who writes, for the plan's created/updated by (tokens act for no user). */
    actorUserId: actor.kind === "user" ? actor.userId : null,
  };
}

export type TPlanAccess = ReturnType<typeof createPlanAccess>;
