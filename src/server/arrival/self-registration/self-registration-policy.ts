import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Self-registrations from the public portal. Caseworkers review those for the municipalities of
 * their area (the district's caseworkers all of them), the same area rule as for persons, applied
 * in SQL to the chosen municipality. Like persons, existence stays secret: denial is 404.
 */
export const selfRegistrationPolicy = definePolicy({
  resource: "self_registration",
  actions: ["list", "read", "decide"],
  whenDenied: "not_found",
  rules: [allow("caseworker").to("list", "read", "decide").within("person_area")],
});
