import type { TOrganisationKind, TRole } from "../../../common/platform/organisations.js";

/**
 * How far a rule reaches. Services turn a scope into SQL conditions (see scope-filters.ts and the
 * person data access layer); the guard only asks whether any rule could apply at all.
 * - everything: no restriction (still inside this installation's district)
 * - own_organisation: records that belong to the organisation of the membership
 * - person_area: persons the membership can see by the person scope (ACCESS.md: municipality,
 *   district-wide, assigned, referred)
 * - self: the actor's own record
 */
export type TScope = "everything" | "own_organisation" | "person_area" | "self";

export type TRule<TAction extends string> = {
  roles: readonly TRole[];
  actions: readonly TAction[];
  scope: TScope;
  /** Only memberships in organisations of these kinds (e.g. caseworkers of the district vs. of a municipal unit). */
  organisationKinds?: readonly TOrganisationKind[];
};

/**
 * One resource's policy: its actions and who may take them. Anything not allowed here is denied.
 * whenDenied "not_found" keeps existence secret (person records); "forbidden" is for everything else.
 */
export type TPolicy<TAction extends string = string> = {
  resource: string;
  actions: readonly TAction[];
  rules: readonly TRule<TAction>[];
  whenDenied: "forbidden" | "not_found";
};

export function definePolicy<const TAction extends string>(policy: TPolicy<TAction>): TPolicy<TAction> {
  for (const rule of policy.rules) {
    for (const action of rule.actions) {
      if (!policy.actions.includes(action)) throw new Error(`${policy.resource}: unknown action ${action}`);
    }
  }
  return policy;
}

/** A policy rule written as a sentence: allow(roles).to(actions).within(scope). */
export function allow(...roles: TRole[]) {
  return {
    to<const TAction extends string>(...actions: TAction[]) {
      return {
        within(scope: TScope, organisationKinds?: readonly TOrganisationKind[]): TRule<TAction> {
          return { roles, actions, scope, ...(organisationKinds ? { organisationKinds } : {}) };
        },
      };
    },
  };
}
