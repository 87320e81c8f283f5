import { z } from "zod";
import {
  computedIndicatorKeys,
  conceptActions,
  conceptChangeKinds,
  conceptMeasureStatuses,
  conceptParts,
  conceptPeriodStatuses,
} from "./concept.js";

/** The integration concept as the API returns it: a period with its statements, sub-goals and measures. */

const ZOrganisationRef = z.object({ id: z.uuid(), name: z.string() }).meta({ id: "ConceptOrganisationRef" });

const bookkeeping = { version: z.number().int(), updatedAt: z.string() };

const ZBaselineView = z
  .object({ value: z.number(), year: z.number().int(), source: z.string().nullable() })
  .meta({ id: "ConceptBaseline" });

const ZTargetView = z.object({ year: z.number().int(), value: z.number() }).meta({ id: "ConceptTarget" });

export const ZConceptMeasure = z
  .object({
    id: z.uuid(),
    subGoalId: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    description: z.string().nullable(),
    responsibleOrganisation: ZOrganisationRef.nullable(),
    partnerOrganisations: z.array(ZOrganisationRef),
    otherPartners: z.string().nullable(),
    municipalityAgs: z.array(z.string()),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    status: z.enum(conceptMeasureStatuses),
    budgetEur: z.number().nullable(),
    progressNotes: z.string().nullable(),
    ...bookkeeping,
  })
  .meta({ id: "ConceptMeasure" });
export type TConceptMeasure = z.infer<typeof ZConceptMeasure>;

export const ZConceptSubGoal = z
  .object({
    id: z.uuid(),
    statementId: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    indicatorDescription: z.string().nullable(),
    indicatorKey: z.enum(computedIndicatorKeys).nullable(),
    indicatorUnit: z.string().nullable(),
    baseline: ZBaselineView.nullable(),
    targets: z.array(ZTargetView),
    responsibleOrganisation: ZOrganisationRef.nullable(),
    measures: z.array(ZConceptMeasure),
    ...bookkeeping,
  })
  .meta({ id: "ConceptSubGoal" });
export type TConceptSubGoal = z.infer<typeof ZConceptSubGoal>;

export const ZConceptStatement = z
  .object({
    id: z.uuid(),
    periodId: z.uuid(),
    fieldOfActionCode: z.string(),
    guidingPrinciple: z.string(),
    challenges: z.string().nullable(),
    subGoals: z.array(ZConceptSubGoal),
    ...bookkeeping,
  })
  .meta({ id: "ConceptStatement" });
export type TConceptStatement = z.infer<typeof ZConceptStatement>;

const periodFields = {
  id: z.uuid(),
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  status: z.enum(conceptPeriodStatuses),
  createdAt: z.string(),
  updatedByName: z.string().nullable(),
  ...bookkeeping,
};

export const ZConceptPeriodSummary = z.object(periodFields).meta({ id: "ConceptPeriodSummary" });
export type TConceptPeriodSummary = z.infer<typeof ZConceptPeriodSummary>;

export const ZConceptPeriodList = z.object({ items: z.array(ZConceptPeriodSummary) }).meta({ id: "ConceptPeriodList" });
export type TConceptPeriodList = z.infer<typeof ZConceptPeriodList>;

/** The whole period: statements in the order of the fields of action, sub-goals and measures by number. */
export const ZConceptPeriod = z
  .object({
    ...periodFields,
    statements: z.array(ZConceptStatement),
    /** What the caller may do with the period and its parts; a closed period's parts are not changed. */
    allowedActions: z.array(z.enum(conceptActions)),
  })
  .meta({ id: "ConceptPeriod" });
export type TConceptPeriod = z.infer<typeof ZConceptPeriod>;

/** A field's value before and after a change (null where the part was added or removed). */
const ZFieldChange = z.object({ from: z.unknown(), to: z.unknown() });

/** One recorded change of the concept: which part, which fields, and their values before and after. */
export const ZConceptChange = z
  .object({
    id: z.uuid(),
    occurredAt: z.string(),
    actorName: z.string().nullable(),
    part: z.enum(conceptParts),
    kind: z.enum(conceptChangeKinds),
    subjectId: z.uuid(),
    fields: z.array(z.string()),
    values: z.record(z.string(), ZFieldChange),
  })
  .meta({ id: "ConceptChange" });
export type TConceptChange = z.infer<typeof ZConceptChange>;

export const ZConceptHistory = z.object({ items: z.array(ZConceptChange) }).meta({ id: "ConceptHistory" });
export type TConceptHistory = z.infer<typeof ZConceptHistory>;

const ZImportCounts = z.object({
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
});

/** What a workbook import did, or would do in a dry run, per kind of part. */
export const ZConceptImportSummary = z
  .object({ dryRun: z.boolean(), statements: ZImportCounts, subGoals: ZImportCounts, measures: ZImportCounts })
  .meta({ id: "ConceptImportSummary" });
export type TConceptImportSummary = z.infer<typeof ZConceptImportSummary>;
