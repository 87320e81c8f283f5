import type { FastifyRequest } from "fastify";
import type { TPersonAccess } from "../../arrival/persons/person-access.js";
import { personAccessOf } from "../../arrival/persons/person-access-of-request.js";
import { findGrants, type TGrant } from "../../platform/access/grants.js";
import type { TPolicy } from "../../platform/access/policy.js";
import { requireActor } from "../../platform/access/route-access.js";
import { auditContextOfRequest, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import type { TDb } from "../../platform/db/database.js";

/** What every case work service needs: the database, the actor, the person data access layer. */
export type TCaseContext = {
  db: TDb;
  actor: TAuthenticatedActor;
  persons: TPersonAccess;
  audit: TAuditContext;
};

export function caseContextOf(request: FastifyRequest, db: TDb): TCaseContext {
  return {
    db,
    actor: requireActor(request),
    persons: personAccessOf(request, db),
    audit: auditContextOfRequest(request),
  };
}

export function grantsFor<TAction extends string>(
  context: TCaseContext,
  policy: TPolicy<TAction>,
  action: TAction,
): TGrant[] {
  return findGrants(context.actor, policy, action);
}

/** The audit context naming the organisations whose grants allow the action. */
export function auditFor<TAction extends string>(
  context: TCaseContext,
  policy: TPolicy<TAction>,
  action: TAction,
): TAuditContext {
  const organisationIds = grantsFor(context, policy, action).map((grant) => grant.membership.organisationId);
  return { ...context.audit, organisationIds: [...new Set(organisationIds)] };
}

/** The organisations whose grants allow the action: the actor's desks for it. */
export function desksFor<TAction extends string>(
  context: TCaseContext,
  policy: TPolicy<TAction>,
  action: TAction,
): string[] {
  return [...new Set(grantsFor(context, policy, action).map((grant) => grant.membership.organisationId))];
}

/** The user acting; API tokens act for no user and write nothing that needs an author. */
export function actingUserId(context: TCaseContext): string | null {
  return context.actor.kind === "user" ? context.actor.userId : null;
}
