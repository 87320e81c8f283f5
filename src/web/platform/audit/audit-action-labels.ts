import type { TFunction } from "i18next";
import { auditActions, type TAuditAction } from "../../../common/platform/audit-actions.js";

/** Spelled out per action (not built from it) so the extractor finds each key and TypeScript checks all are named. */
export function describeAuditAction(action: TAuditAction, t: TFunction): string {
  const labels: Record<TAuditAction, string> = {
    "session.login": t("audit.actions.session_login"),
    "session.login_failed": t("audit.actions.session_login_failed"),
    "session.logout": t("audit.actions.session_logout"),
    "session.logout_everywhere": t("audit.actions.session_logout_everywhere"),
    "person.list": t("audit.actions.person_list"),
    "person.read": t("audit.actions.person_read"),
    "person.create": t("audit.actions.person_create"),
    "person.update": t("audit.actions.person_update"),
    "person.move": t("audit.actions.person_move"),
    "person.merge": t("audit.actions.person_merge"),
    "person.merge_undo": t("audit.actions.person_merge_undo"),
    "organisation.create": t("audit.actions.organisation_create"),
    "organisation.update": t("audit.actions.organisation_update"),
    "user.invite": t("audit.actions.user_invite"),
    "user.update": t("audit.actions.user_update"),
    "user.deactivate": t("audit.actions.user_deactivate"),
    "user.reactivate": t("audit.actions.user_reactivate"),
    "membership.grant": t("audit.actions.membership_grant"),
    "membership.revoke": t("audit.actions.membership_revoke"),
    "session.end": t("audit.actions.session_end"),
    "session.locked_out": t("audit.actions.session_locked_out"),
    "session.second_factor_failed": t("audit.actions.session_second_factor_failed"),
    "second_factor.enrol": t("audit.actions.second_factor_enrol"),
    "second_factor.recovery_codes_regenerate": t("audit.actions.second_factor_recovery_codes_regenerate"),
    "invitation.accept": t("audit.actions.invitation_accept"),
    "password_reset.request": t("audit.actions.password_reset_request"),
    "password_reset.complete": t("audit.actions.password_reset_complete"),
    "api_token.create": t("audit.actions.api_token_create"),
    "api_token.revoke": t("audit.actions.api_token_revoke"),
    "audit.export": t("audit.actions.audit_export"),
  };
  return labels[action];
}

/** Events keep the action they were written with; one no longer listed is shown as it is stored. */
export function describeStoredAuditAction(action: string, t: TFunction): string {
  const known = auditActions.find((candidate) => candidate === action);
  return known ? describeAuditAction(known, t) : action;
}
