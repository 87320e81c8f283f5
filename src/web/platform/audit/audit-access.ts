import type { TCurrentUser } from "../../../common/platform/session-schemas.js";

/**
 * Whether to offer the auditor screen: the roles the server's audit_event policy admits
 * (src/server/platform/audit/audit-policy.ts). Only a hint for the navigation; the API decides.
 */
export function canReadAuditTrail(user: TCurrentUser): boolean {
  return user.memberships.some((membership) => membership.role === "auditor" || membership.role === "administrator");
}
