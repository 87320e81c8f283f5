/**
 * Every kind of audit event. Named `<resource>.<what happened>`; the auditor screen filters by them
 * and the web app translates them (audit.actions.<action with "." as "_"> in the catalogues, listed
 * in src/web/platform/audit/audit-action-labels.ts). Shared with the web app, hence in src/common.
 */
export const auditActions = [
  "session.login",
  "session.login_failed",
  "session.logout",
  "session.logout_everywhere",
  "session.end",
  "session.locked_out",
  "session.second_factor_failed",
  "second_factor.enrol",
  "second_factor.recovery_codes_regenerate",
  "person.list",
  "person.read",
  "person.create",
  "person.update",
  "person.move",
  "person.merge",
  "person.merge_undo",
  "organisation.create",
  "organisation.update",
  "user.invite",
  "user.update",
  "user.deactivate",
  "user.reactivate",
  "membership.grant",
  "membership.revoke",
  "invitation.accept",
  "password_reset.request",
  "password_reset.complete",
  "api_token.create",
  "api_token.revoke",
  "audit.export",
] as const;
export type TAuditAction = (typeof auditActions)[number];
