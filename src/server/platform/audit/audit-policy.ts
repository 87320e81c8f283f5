import { allow, definePolicy } from "../access/policy.js";

/**
 * The audit trail as a resource: reading it on the auditor screen and exporting it as CSV.
 * Auditors review who did what to which record. Administrators need the same view for incident
 * handling (a suspected account takeover, a data-protection request), so they hold it too. Both
 * see the whole trail: its rows name records by id, never their contents, and an audit limited
 * to one organisation could not follow an actor across organisations. Exports are audited.
 * The list and export services apply no organisation filter: a narrower rule added here must
 * bring one (findOrganisationReach) with it.
 */
export const auditEventPolicy = definePolicy({
  resource: "audit_event",
  actions: ["list", "export"],
  whenDenied: "forbidden",
  rules: [allow("auditor", "administrator").to("list", "export").within("everything")],
});
