import { z } from "zod";
import { addFieldIssue, type TFieldMessageCode } from "../platform/field-messages.js";
import { computedIndicatorKeys, conceptMeasureStatuses, conceptPeriodStatuses } from "./concept.js";

/** The inputs of the integration concept (Integrationskonzept), shared by the API and the web forms. */

export const ZYear = z.number().int().min(1990).max(2100);

/** A calendar date (YYYY-MM-DD) that exists: 2025-02-30 is refused with "date_invalid". */
const ZConceptDate = z.string().superRefine((value, context) => {
  if (!z.iso.date().safeParse(value).success) addFieldIssue(context, "date_invalid", [], value);
});

/** Text the record cannot do without: empty (or only spaces) names its own message. */
export const ZRequiredText = (max: number, code: TFieldMessageCode) =>
  z
    .string()
    .trim()
    .max(max)
    .superRefine((value, context) => {
      if (value === "") addFieldIssue(context, code, [], value);
    });

/** Free text where empty means none: "" becomes null. */
export const ZNullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .default(null);

/** The version of the record as the client last read it: a write against an older one is 409. */
export const ZVersion = z.number().int().min(1);

/** Several entries of one list must differ; the second of two equal ones is pointed at. */
function uniqueEntries<TItem>(key: (item: TItem) => unknown, code: TFieldMessageCode, path: PropertyKey[] = []) {
  return (items: TItem[], context: z.core.$RefinementCtx) => {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) addFieldIssue(context, code, [index, ...path], item);
      seen.add(value);
    });
  };
}

export const ZConceptVersionQuery = z.strictObject({ version: z.coerce.number().int().min(1) });

const periodFields = {
  name: ZRequiredText(200, "concept_name_required"),
  startYear: ZYear,
  endYear: ZYear,
};

function endNotBeforeStart(period: { startYear: number; endYear: number }, context: z.core.$RefinementCtx) {
  if (period.endYear < period.startYear) {
    addFieldIssue(context, "concept_period_end_before_start", ["endYear"], period.endYear);
  }
}

/** A new period is a draft or in force at once; it is closed only once its parts are entered. */
export const ZConceptPeriodInput = z
  .strictObject({ ...periodFields, status: z.enum(["draft", "active"]).default("draft") })
  .superRefine(endNotBeforeStart)
  .meta({ id: "ConceptPeriodNew" });
export type TConceptPeriodInput = z.output<typeof ZConceptPeriodInput>;

export const ZConceptPeriodUpdate = z
  .strictObject({ ...periodFields, status: z.enum(conceptPeriodStatuses), version: ZVersion })
  .superRefine(endNotBeforeStart)
  .meta({ id: "ConceptPeriodUpdate" });
export type TConceptPeriodUpdate = z.output<typeof ZConceptPeriodUpdate>;

const statementFields = {
  guidingPrinciple: ZRequiredText(4000, "concept_guiding_principle_required"),
  challenges: ZNullableText(8000),
};

export const ZConceptStatementInput = z
  .strictObject({ fieldOfActionCode: z.string().trim().min(1).max(40), ...statementFields })
  .meta({ id: "ConceptStatementNew" });
export type TConceptStatementInput = z.output<typeof ZConceptStatementInput>;

/** The field of action stays: a statement belongs to one, another field is another statement. */
export const ZConceptStatementUpdate = z
  .strictObject({ ...statementFields, version: ZVersion })
  .meta({ id: "ConceptStatementUpdate" });
export type TConceptStatementUpdate = z.output<typeof ZConceptStatementUpdate>;

const ZNumber = z.number().int().min(1).max(999);

export const ZConceptBaseline = z.strictObject({ value: z.number(), year: ZYear, source: ZNullableText(500) });
export type TConceptBaseline = z.output<typeof ZConceptBaseline>;

export const ZConceptTarget = z.strictObject({ year: ZYear, value: z.number() });
export type TConceptTarget = z.output<typeof ZConceptTarget>;

const subGoalFields = {
  title: ZRequiredText(1000, "concept_title_required"),
  /** How the sub-goal is measured, in words (the concept document's "Indikator"). */
  indicatorDescription: ZNullableText(2000),
  /** The computed indicator that measures it, when the platform's data can. */
  indicatorKey: z.enum(computedIndicatorKeys).nullable().default(null),
  /** The unit of baseline and targets: "%", "Tage", "Personen" … */
  indicatorUnit: ZNullableText(40),
  baseline: ZConceptBaseline.nullable().default(null),
  targets: z
    .array(ZConceptTarget)
    .max(50)
    .superRefine(uniqueEntries((target) => target.year, "concept_target_year_duplicate", ["year"]))
    .default([]),
  responsibleOrganisationId: z.uuid().nullable().default(null),
};

/** Without a number, the sub-goal takes the next free one in its statement. */
export const ZConceptSubGoalInput = z
  .strictObject({ number: ZNumber.optional(), ...subGoalFields })
  .meta({ id: "ConceptSubGoalNew" });
export type TConceptSubGoalInput = z.output<typeof ZConceptSubGoalInput>;

export const ZConceptSubGoalUpdate = z
  .strictObject({ number: ZNumber, ...subGoalFields, version: ZVersion })
  .meta({ id: "ConceptSubGoalUpdate" });
export type TConceptSubGoalUpdate = z.output<typeof ZConceptSubGoalUpdate>;

/** Whole euros and cents: more than two decimals is refused. */
const ZBudget = z
  .number()
  .min(0)
  .max(1_000_000_000_000)
  .superRefine((value, context) => {
    if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6)
      addFieldIssue(context, "concept_budget_cents", [], value);
  });

const measureFields = {
  title: ZRequiredText(1000, "concept_title_required"),
  description: ZNullableText(4000),
  responsibleOrganisationId: z.uuid().nullable().default(null),
  /** Organisations on the platform that take part. */
  partnerOrganisationIds: z
    .array(z.uuid())
    .max(100)
    .superRefine(uniqueEntries((id) => id, "concept_list_duplicate"))
    .default([]),
  /** Partners that are not on the platform, in words. */
  otherPartners: ZNullableText(2000),
  /** The municipalities the measure concerns (AGS); none means the whole district. */
  municipalityAgs: z
    .array(z.string().regex(/^\d{8}$/))
    .max(200)
    .superRefine(uniqueEntries((ags) => ags, "concept_list_duplicate"))
    .default([]),
  startsOn: ZConceptDate.nullable().default(null),
  endsOn: ZConceptDate.nullable().default(null),
  status: z.enum(conceptMeasureStatuses).default("planned"),
  budgetEur: ZBudget.nullable().default(null),
  progressNotes: ZNullableText(8000),
};

function endsNotBeforeStart(
  measure: { startsOn: string | null; endsOn: string | null },
  context: z.core.$RefinementCtx,
) {
  if (measure.startsOn !== null && measure.endsOn !== null && measure.endsOn < measure.startsOn) {
    addFieldIssue(context, "concept_measure_ends_before_start", ["endsOn"], measure.endsOn);
  }
}

/** Without a number, the measure takes the next free one in its sub-goal. */
export const ZConceptMeasureInput = z
  .strictObject({ number: ZNumber.optional(), ...measureFields })
  .superRefine(endsNotBeforeStart)
  .meta({ id: "ConceptMeasureNew" });
export type TConceptMeasureInput = z.output<typeof ZConceptMeasureInput>;

export const ZConceptMeasureUpdate = z
  .strictObject({ number: ZNumber, ...measureFields, status: z.enum(conceptMeasureStatuses), version: ZVersion })
  .superRefine(endsNotBeforeStart)
  .meta({ id: "ConceptMeasureUpdate" });
export type TConceptMeasureUpdate = z.output<typeof ZConceptMeasureUpdate>;

/** The workbook import's options: a dry run reads and checks everything and writes nothing. */
export const ZConceptImportQuery = z.strictObject({
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});
