import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Integration plans (Förderplan) are counselling: caseworkers read and update the plans of the
 * persons in their person area (the person scope, in SQL). Providers see no plan for now, even
 * of persons referred to them. Existence stays secret, as for the person: denial is 404.
 */
export const integrationPlanPolicy = definePolicy({
  resource: "integration_plan",
  actions: ["read", "update"],
  whenDenied: "not_found",
  rules: [allow("caseworker").to("read", "update").within("person_area")],
});
