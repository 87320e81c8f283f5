import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Matching a person's needs to offers reads the needs profile and the interview's answers
 * (mobility, times, childcare), so only caseworkers may, on persons within their person scope.
 */
export const offerMatchPolicy = definePolicy({
  resource: "offer_match",
  actions: ["read"],
  whenDenied: "not_found",
  rules: [allow("caseworker").to("read").within("person_area")],
});
