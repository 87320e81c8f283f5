import type { TConceptSubGoal } from "../../common/steering/concept-view-schemas.js";
import type { TPlaceField } from "./concept-form-errors.js";
import { formatDecimalInput, parseDecimal, parseWholeNumber } from "./concept-numbers.js";

/** A sub-goal as its form holds it: text per field, one target field per year. */
export type TSubGoalValues = {
  number: string;
  title: string;
  indicatorDescription: string;
  indicatorKey: string;
  indicatorUnit: string;
  baselineValue: string;
  baselineYear: string;
  baselineSource: string;
  /** By year ("2019" → "45"). */
  targets: Record<string, string>;
  responsibleOrganisationId: string;
};

/** The years a target can be entered for: the period's, and any stored one outside them (years changed later). */
export function targetYearsOf(period: { startYear: number; endYear: number }, subGoal?: TConceptSubGoal): number[] {
  const years = new Set<number>();
  for (let year = period.startYear; year <= period.endYear; year += 1) years.add(year);
  for (const target of subGoal?.targets ?? []) years.add(target.year);
  return [...years].sort((a, b) => a - b);
}

export function toSubGoalValues(subGoal: TConceptSubGoal | undefined, language: string | undefined): TSubGoalValues {
  return {
    number: subGoal ? String(subGoal.number) : "",
    title: subGoal?.title ?? "",
    indicatorDescription: subGoal?.indicatorDescription ?? "",
    indicatorKey: subGoal?.indicatorKey ?? "",
    indicatorUnit: subGoal?.indicatorUnit ?? "",
    baselineValue: formatDecimalInput(subGoal?.baseline?.value, language),
    baselineYear: subGoal?.baseline ? String(subGoal.baseline.year) : "",
    baselineSource: subGoal?.baseline?.source ?? "",
    targets: Object.fromEntries(
      (subGoal?.targets ?? []).map((target) => [String(target.year), formatDecimalInput(target.value, language)]),
    ),
    responsibleOrganisationId: subGoal?.responsibleOrganisation?.id ?? "",
  };
}

/** The targets entered, in year order; an empty field is no target. */
function targetsOf(values: TSubGoalValues, years: readonly number[]) {
  return years
    .filter((year) => (values.targets[String(year)] ?? "").trim() !== "")
    .map((year) => ({ year, value: parseDecimal(values.targets[String(year)] ?? "") }));
}

/**
 * The body for the shared schema: a baseline once any of its fields is filled (value and year then
 * both needed), no number for a new sub-goal left without one (the next free one is taken).
 */
export function toSubGoalBody(values: TSubGoalValues, years: readonly number[]) {
  const hasBaseline = [values.baselineValue, values.baselineYear, values.baselineSource].some(
    (text) => text.trim() !== "",
  );
  const number = parseWholeNumber(values.number);
  return {
    ...(number === undefined ? {} : { number }),
    title: values.title,
    indicatorDescription: values.indicatorDescription,
    indicatorKey: values.indicatorKey === "" ? null : values.indicatorKey,
    indicatorUnit: values.indicatorUnit,
    baseline: hasBaseline
      ? {
          value: parseDecimal(values.baselineValue),
          year: parseWholeNumber(values.baselineYear),
          source: values.baselineSource,
        }
      : null,
    targets: targetsOf(values, years),
    responsibleOrganisationId: values.responsibleOrganisationId === "" ? null : values.responsibleOrganisationId,
  };
}

const plainFields = ["number", "title", "indicatorDescription", "indicatorKey", "indicatorUnit"] as const;
const baselineFields: Record<string, string> = {
  baseline: "baselineValue",
  "baseline.value": "baselineValue",
  "baseline.year": "baselineYear",
  "baseline.source": "baselineSource",
};

/** The form field of a body path: a target's entry (targets.2.value) is the field of its year. */
export function placeSubGoalField(values: TSubGoalValues, years: readonly number[]): TPlaceField {
  const targets = targetsOf(values, years);
  return (path) => {
    const [first, index] = path.split(".");
    if (first === "targets" && index !== undefined) {
      const target = targets[Number(index)];
      return target ? `targets.${target.year}` : undefined;
    }
    if (first === "responsibleOrganisationId") return first;
    return baselineFields[path] ?? plainFields.find((field) => field === path);
  };
}
