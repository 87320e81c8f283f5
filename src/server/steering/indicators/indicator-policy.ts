import { allow, definePolicy } from "../../platform/access/policy.js";

export const indicatorActions = ["read", "refresh"] as const;

/**
 * The indicators: district coordinators read them for their district, as aggregates only (small
 * counts suppressed), and may ask for the aggregates to be computed again.
 */
export const indicatorPolicy = definePolicy({
  resource: "steering_indicator",
  actions: indicatorActions,
  whenDenied: "forbidden",
  rules: [
    allow("district_coordinator")
      .to(...indicatorActions)
      .within("everything", ["district"]),
  ],
});
