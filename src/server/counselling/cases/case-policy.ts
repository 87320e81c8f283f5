import type { TRole } from "../../../common/platform/organisations.js";
import { allow, definePolicy } from "../../platform/access/policy.js";

/** The roles that work cases at a desk: caseworkers of the district and municipal units, provider staff. */
export const deskWorkerRoles = ["caseworker", "provider_staff"] as const satisfies readonly TRole[];

/**
 * Cases (ACCESS.md). Which cases a grant reaches is decided in SQL (case-scope.ts): the person must
 * be in the actor's person scope, and the case in their care — their area's caseworkers, or the
 * desk that holds it. Only caseworkers open cases. Existence stays secret: denial is 404.
 */
export const casePolicy = definePolicy({
  resource: "counselling_case",
  actions: ["read", "open", "change_status", "assign", "hand_over"],
  whenDenied: "not_found",
  rules: [
    allow("caseworker").to("read", "open", "change_status", "assign", "hand_over").within("person_area"),
    allow("provider_staff").to("read", "change_status", "assign", "hand_over").within("person_area"),
  ],
});

/** Case notes: read and written by those who reach the case; confidential ones by their author only (in SQL). */
export const caseNotePolicy = definePolicy({
  resource: "counselling_note",
  actions: ["list", "create"],
  whenDenied: "not_found",
  rules: [
    allow(...deskWorkerRoles)
      .to("list", "create")
      .within("person_area"),
  ],
});

/** Handovers between desks: the receiving desk decides, the sending desk may withdraw. */
export const handoverPolicy = definePolicy({
  resource: "counselling_handover",
  actions: ["list", "decide", "withdraw"],
  whenDenied: "not_found",
  rules: [
    allow(...deskWorkerRoles)
      .to("list", "decide", "withdraw")
      .within("own_organisation"),
  ],
});
