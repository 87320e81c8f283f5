import { arrivalImportPolicy } from "../../arrival/import/import-policy.js";
import { personPolicy } from "../../arrival/persons/person-policy.js";
import { selfRegistrationPolicy } from "../../arrival/self-registration/self-registration-policy.js";
import { appointmentPolicy } from "../../counselling/appointments/appointment-policy.js";
import { assessmentPolicy } from "../../counselling/assessments/assessment-policy.js";
import { caseNotePolicy, casePolicy, handoverPolicy } from "../../counselling/cases/case-policy.js";
import { integrationPlanPolicy } from "../../counselling/plans/plan-policy.js";
import { taskPolicy } from "../../counselling/tasks/task-policy.js";
import { offerMatchPolicy } from "../../offers/matching/offer-match-policy.js";
import { offerPolicy } from "../../offers/offer-policy.js";
import { referralPolicy } from "../../offers/referrals/referral-policy.js";
import { portalEventPolicy } from "../../portal/events/portal-event-policy.js";
import { portalMediaPolicy } from "../../portal/media/media-policy.js";
import { portalPagePolicy } from "../../portal/pages/page-policy.js";
import { portalContactPolicy, portalPlacePolicy } from "../../portal/places/portal-place-policy.js";
import { conceptPolicy } from "../../steering/concept/concept-policy.js";
import { indicatorPolicy } from "../../steering/indicators/indicator-policy.js";
import { auditEventPolicy } from "../audit/audit-policy.js";
import { apiTokenPolicy } from "../auth/api-tokens/api-token-policy.js";
import { organisationPolicy } from "../organisations/organisation-policy.js";
import { userPolicy } from "../users/user-policy.js";
import type { TPolicy } from "./policy.js";

/**
 * Every resource's policy. Add yours here: API token scopes are checked against this list, and the
 * authorization matrix walks it.
 */
export const allPolicies: readonly TPolicy[] = [
  personPolicy,
  selfRegistrationPolicy,
  arrivalImportPolicy,
  assessmentPolicy,
  integrationPlanPolicy,
  taskPolicy,
  appointmentPolicy,
  organisationPolicy,
  userPolicy,
  auditEventPolicy,
  apiTokenPolicy,
  casePolicy,
  caseNotePolicy,
  handoverPolicy,
  offerPolicy,
  offerMatchPolicy,
  portalPagePolicy,
  referralPolicy,
  portalPlacePolicy,
  portalContactPolicy,
  portalEventPolicy,
  portalMediaPolicy,
  conceptPolicy,
  indicatorPolicy,
];

/**
 * Resources whose actions no API token may carry: a token that could issue tokens, invite users or
 * hand out roles would let a leaked secret outlive its own revocation.
 */
const tokenlessResources = new Set([apiTokenPolicy.resource, userPolicy.resource]);

/** The scopes an API token can be issued with, grouped by resource. */
export function listGrantableScopes(): { resource: string; actions: string[] }[] {
  return allPolicies
    .filter((policy) => !tokenlessResources.has(policy.resource))
    .map((policy) => ({ resource: policy.resource, actions: [...policy.actions] }));
}

export function isGrantableScope(scope: string): boolean {
  const [resource, action] = scope.split(":");
  return listGrantableScopes().some((group) => group.resource === resource && group.actions.includes(action ?? ""));
}
