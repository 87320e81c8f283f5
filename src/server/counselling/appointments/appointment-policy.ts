import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Appointments with a person: caseworkers list, read, create and update them for persons within
 * their person area (the person scope, in SQL). Providers see none for now. Denial is 404.
 */
export const appointmentPolicy = definePolicy({
  resource: "appointment",
  actions: ["list", "read", "create", "update"],
  whenDenied: "not_found",
  rules: [allow("caseworker").to("list", "read", "create", "update").within("person_area")],
});
