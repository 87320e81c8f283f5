import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Needs assessments and needs profiles (ACCESS.md): answers include health and religion, so only
 * the roles that do counselling see them — caseworkers, on persons within their person scope
 * (applied in SQL through the person data access layer). Providers see needs only through a
 * referral's field set (the offers module), never the assessment. Denial is 404.
 */
export const assessmentPolicy = definePolicy({
  resource: "assessment",
  actions: ["list", "read", "create", "update"],
  whenDenied: "not_found",
  rules: [allow("caseworker").to("list", "read", "create", "update").within("person_area")],
});
