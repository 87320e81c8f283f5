/**
 * Every kind of audit event. Named `<resource>.<what happened>`; the auditor screen filters by them
 * and the web app translates them (auditActions.* in the catalogues).
 */
export const auditActions = [
  "session.login",
  "session.login_failed",
  "session.logout",
  "session.logout_everywhere",
  "person.list",
  "person.read",
  "person.create",
  "person.update",
  "organisation.create",
  "organisation.update",
  "user.invite",
  "user.update",
  "user.deactivate",
  "user.reactivate",
  "membership.grant",
  "membership.revoke",
  "audit.export",
  "api_token.create",
  "api_token.revoke",
] as const;
export type TAuditAction = (typeof auditActions)[number];
