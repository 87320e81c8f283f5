import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Tasks and follow-ups on a person's file are counselling work: caseworkers list, read, create and
 * update them for persons within their person area (the person scope, in SQL). Providers see none.
 * Existence stays secret, as for the person: denial is 404.
 */
export const taskPolicy = definePolicy({
  resource: "task",
  actions: ["list", "read", "create", "update"],
  whenDenied: "not_found",
  rules: [allow("caseworker").to("list", "read", "create", "update").within("person_area")],
});
