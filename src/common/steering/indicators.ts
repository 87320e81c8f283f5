import type { TComputedIndicatorKey } from "./concept.js";

/**
 * The indicators the platform computes from its own data (issue 8, item 2), shared by the
 * aggregation, the API and the dashboards. Every indicator is stored as monthly cells per
 * municipality (and per dimension where it has one) holding a count, a number of hits and a sum;
 * its kind says how a cell becomes a value:
 * - `count`: the count itself (referrals, needs, outcomes);
 * - `share`: hits ÷ count in percent (first interview within the target time);
 * - `average`: sum ÷ count (days from arrival to first contact).
 */
export const indicatorKinds = ["count", "share", "average"] as const;
export type TIndicatorKind = (typeof indicatorKinds)[number];

/** What a cell's second axis may be besides time and place. */
export const indicatorDimensions = ["field_of_action", "close_reason"] as const;
export type TIndicatorDimension = (typeof indicatorDimensions)[number];

export type TIndicatorDefinition = {
  key: TComputedIndicatorKey;
  kind: TIndicatorKind;
  unit: "persons" | "referrals" | "needs" | "cases" | "percent" | "days";
  dimension: TIndicatorDimension | null;
};

/** A first interview counts as in time when completed within this many days of arrival. */
export const firstInterviewTargetDays = 28;

/** A language course counts when it started within this many months of arrival. */
export const languageCourseTargetMonths = 3;

export const indicatorDefinitions: Record<TComputedIndicatorKey, TIndicatorDefinition> = {
  days_arrival_to_first_contact: {
    key: "days_arrival_to_first_contact",
    kind: "average",
    unit: "days",
    dimension: null,
  },
  first_interview_within_target_share: {
    key: "first_interview_within_target_share",
    kind: "share",
    unit: "percent",
    dimension: null,
  },
  referrals_by_field: { key: "referrals_by_field", kind: "count", unit: "referrals", dimension: "field_of_action" },
  referral_acceptance_rate: {
    key: "referral_acceptance_rate",
    kind: "share",
    unit: "percent",
    dimension: "field_of_action",
  },
  referral_days_to_answer: {
    key: "referral_days_to_answer",
    kind: "average",
    unit: "days",
    dimension: "field_of_action",
  },
  language_course_within_three_months_share: {
    key: "language_course_within_three_months_share",
    kind: "share",
    unit: "percent",
    dimension: null,
  },
  needs_by_field_and_municipality: {
    key: "needs_by_field_and_municipality",
    kind: "count",
    unit: "needs",
    dimension: "field_of_action",
  },
  unmet_needs: { key: "unmet_needs", kind: "count", unit: "needs", dimension: "field_of_action" },
  case_outcomes: { key: "case_outcomes", kind: "count", unit: "cases", dimension: "close_reason" },
};

/** Counts below this are never shown (and neither are values computed from them). */
export const smallestShownCount = 5;

export const indicatorGranularities = ["month", "quarter", "year"] as const;
export type TIndicatorGranularity = (typeof indicatorGranularities)[number];

/** The first month of the bucket a month (YYYY-MM) falls in. */
export function bucketOf(month: string, granularity: TIndicatorGranularity): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  if (granularity === "month") return month;
  if (granularity === "year") return `${year}-01`;
  const first = Math.floor((monthNumber - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, "0")}`;
}

/** A cell's value from its sums, by the indicator's kind; null when there is nothing to compute. */
export function indicatorValue(
  kind: TIndicatorKind,
  cell: { count: number; hits: number; sum: number },
): number | null {
  if (kind === "count") return cell.count;
  if (cell.count === 0) return null;
  if (kind === "share") return (cell.hits / cell.count) * 100;
  return cell.sum / cell.count;
}
