/** The integration concept's states and kinds (Integrationskonzept), shared by tables, API and the web app. */

/** A concept period is prepared as a draft, is in force while active, and is closed once evaluated. */
export const conceptPeriodStatuses = ["draft", "active", "closed"] as const;
export type TConceptPeriodStatus = (typeof conceptPeriodStatuses)[number];

/**
 * The status changes a period allows: a draft comes into force, an active period goes back to
 * draft or is closed, a closed one is reopened. Staying in the same status is always allowed.
 */
export const conceptPeriodTransitions: Record<TConceptPeriodStatus, readonly TConceptPeriodStatus[]> = {
  draft: ["active"],
  active: ["draft", "closed"],
  closed: ["active"],
};

export function isConceptPeriodTransitionAllowed(from: TConceptPeriodStatus, to: TConceptPeriodStatus): boolean {
  return from === to || conceptPeriodTransitions[from].includes(to);
}

export const conceptMeasureStatuses = ["planned", "running", "done", "stopped"] as const;
export type TConceptMeasureStatus = (typeof conceptMeasureStatuses)[number];

/**
 * The indicators the platform will compute from its own data (issue 8, item 2). A sub-goal may name
 * one; the computation arrives with the indicators, the keys are fixed here so definitions can be
 * entered now.
 */
export const computedIndicatorKeys = [
  "days_arrival_to_first_contact",
  "first_interview_within_target_share",
  "referrals_by_field",
  "referral_acceptance_rate",
  "referral_days_to_answer",
  "language_course_within_three_months_share",
  "needs_by_field_and_municipality",
  "unmet_needs",
  "case_outcomes",
] as const;
export type TComputedIndicatorKey = (typeof computedIndicatorKeys)[number];

/** The parts of a concept a change is recorded for (history, audit detail). */
export const conceptParts = ["period", "statement", "sub_goal", "measure", "indicator_value"] as const;
export type TConceptPart = (typeof conceptParts)[number];

export const conceptChangeKinds = ["added", "changed", "removed"] as const;
export type TConceptChangeKind = (typeof conceptChangeKinds)[number];

export const conceptActions = ["list", "read", "create", "update", "delete"] as const;
export type TConceptAction = (typeof conceptActions)[number];
