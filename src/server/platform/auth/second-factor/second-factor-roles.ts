import type { TRole } from "../../../../common/platform/organisations.js";

/**
 * Roles whose users must log in with a second factor: every role that can see person data (every
 * role with a rule in the person policy, src/server/arrival/persons/person-policy.ts), plus the
 * administrators (they grant those roles) and the auditors (the audit trail names persons' records).
 * Spelled out rather than read from the policy because the platform must not import a module;
 * second-factor-roles.test.ts fails when the person policy and this list part ways.
 */
export const SECOND_FACTOR_ROLES: readonly TRole[] = [
  "administrator",
  "caseworker",
  "provider_staff",
  "provider_admin",
  "volunteer_coordinator",
  "auditor",
];

export function isSecondFactorRequiredFor(roles: readonly TRole[]): boolean {
  return roles.some((role) => SECOND_FACTOR_ROLES.includes(role));
}
