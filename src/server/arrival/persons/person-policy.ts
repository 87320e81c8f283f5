import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Person records (ACCESS.md). Which persons a grant reaches is the person scope, applied in SQL by
 * the person data access layer: a municipal unit's caseworkers see its municipalities, the
 * district's caseworkers the whole district, anyone their assigned cases, providers only what an
 * active referral with valid consent shares. Steering, content, audit and administration roles see
 * no single person. Existence stays secret: denial is 404.
 */
export const personPolicy = definePolicy({
  resource: "person",
  actions: ["list", "read", "create", "update"],
  whenDenied: "not_found",
  rules: [
    allow("caseworker").to("list", "read", "create", "update").within("person_area"),
    allow("provider_staff", "provider_admin", "volunteer_coordinator").to("list", "read").within("person_area"),
  ],
});

export type TPersonAction = (typeof personPolicy.actions)[number];
