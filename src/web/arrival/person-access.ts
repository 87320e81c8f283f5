import type { TCurrentUser } from "../../common/platform/session-schemas.js";

/**
 * Hints for the arrival pages, after the server's person policy (src/server/arrival/persons/person-policy.ts):
 * who sees persons at all, and who registers them. The API decides; these only keep useless controls away.
 */
export function canListPersons(user: TCurrentUser): boolean {
  return user.memberships.some((membership) =>
    ["caseworker", "provider_staff", "provider_admin", "volunteer_coordinator"].includes(membership.role),
  );
}

export function canRegisterPersons(user: TCurrentUser): boolean {
  return user.memberships.some((membership) => membership.role === "caseworker");
}
