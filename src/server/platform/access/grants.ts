import type { TActorMembership, TAuthenticatedActor } from "../auth/actor-types.js";
import type { TPolicy, TScope } from "./policy.js";

/** A membership that a rule lets take an action, and how far that reaches. */
export type TGrant = { membership: TActorMembership; scope: TScope };

/** Every grant the actor holds for the action. Empty means denied (default deny). */
export function findGrants<TAction extends string>(
  actor: TAuthenticatedActor,
  policy: TPolicy<TAction>,
  action: TAction,
): TGrant[] {
  if (actor.kind === "api_token" && !actor.scopes.includes(`${policy.resource}:${action}`)) return [];
  const grants: TGrant[] = [];
  for (const membership of actor.memberships) {
    for (const rule of policy.rules) {
      if (!rule.actions.includes(action) || !rule.roles.includes(membership.role)) continue;
      if (rule.organisationKinds && !rule.organisationKinds.includes(membership.organisationKind)) continue;
      grants.push({ membership, scope: rule.scope });
    }
  }
  return grants;
}

/** What a single non-person record is, as far as scopes care. Person records are scoped in SQL instead. */
export type TScopeTarget = { organisationIds?: readonly string[]; userId?: string };

export function grantAdmits(actor: TAuthenticatedActor, grant: TGrant, target: TScopeTarget): boolean {
  switch (grant.scope) {
    case "everything":
      return true;
    case "own_organisation":
      return target.organisationIds?.includes(grant.membership.organisationId) ?? false;
    case "self":
      return actor.kind === "user" && target.userId === actor.userId;
    case "person_area":
      return false;
  }
}

/** The actions the actor may take on this record, for the UI to show only those. */
export function listAllowedActions<TAction extends string>(
  actor: TAuthenticatedActor,
  policy: TPolicy<TAction>,
  target: TScopeTarget,
): TAction[] {
  return policy.actions.filter((action) =>
    findGrants(actor, policy, action).some((grant) => grantAdmits(actor, grant, target)),
  );
}

/** The organisations whose records an action reaches, or "everything". Services turn this into SQL. */
export function findOrganisationReach<TAction extends string>(
  actor: TAuthenticatedActor,
  policy: TPolicy<TAction>,
  action: TAction,
): "everything" | string[] {
  const grants = findGrants(actor, policy, action);
  if (grants.some((grant) => grant.scope === "everything")) return "everything";
  return [
    ...new Set(
      grants.filter((grant) => grant.scope === "own_organisation").map((grant) => grant.membership.organisationId),
    ),
  ];
}
