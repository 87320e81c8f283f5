import type { TCurrentUser } from "../../common/platform/session-schemas.js";

/**
 * A hint after the server's concept policy (src/server/steering/concept/concept-policy.ts): the
 * district's coordinators keep the integration concept. The API decides; this keeps useless pages away.
 */
export function canKeepConcept(user: TCurrentUser): boolean {
  return user.memberships.some(
    (membership) => membership.role === "district_coordinator" && membership.organisationKind === "district",
  );
}
