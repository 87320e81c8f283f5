import { personPolicy } from "../../arrival/persons/person-policy.js";
import { apiTokenPolicy } from "../auth/api-tokens/api-token-policy.js";
import type { TPolicy } from "./policy.js";

/**
 * Every resource's policy. Add yours here: API token scopes are checked against this list, and the
 * authorization matrix walks it.
 */
export const allPolicies: readonly TPolicy[] = [personPolicy, apiTokenPolicy];

/**
 * Resources whose actions no API token may carry: a token that could issue tokens would let a
 * leaked secret outlive its own revocation.
 */
const tokenlessResources = new Set([apiTokenPolicy.resource]);

/** The scopes an API token can be issued with, grouped by resource. */
export function listGrantableScopes(): { resource: string; actions: string[] }[] {
  return allPolicies
    .filter((policy) => !tokenlessResources.has(policy.resource))
    .map((policy) => ({ resource: policy.resource, actions: [...policy.actions] }));
}

export function isGrantableScope(scope: string): boolean {
  const [resource, action] = scope.split(":");
  return listGrantableScopes().some((group) => group.resource === resource && group.actions.includes(action ?? ""));
}
