import { z } from "zod";
import type { TDocumentLanguage } from "../arrival/document-schemas.js";
import { todayInBerlin } from "../arrival/person-input-schemas.js";
import { addFieldIssue, type TFieldMessageCode } from "../platform/field-messages.js";
import {
  agreementChannels,
  goalStatuses,
  measureStatuses,
  planChangeKinds,
  planParts,
  planRecordActions,
  planStatuses,
  responsibleKinds,
} from "./plan.js";

/** A calendar date (YYYY-MM-DD) that exists: 2025-02-30 is refused with "date_invalid". */
const ZPlanDate = z.string().superRefine((value, context) => {
  if (!z.iso.date().safeParse(value).success) addFieldIssue(context, "date_invalid", [], value);
});

/** A date that has already come (agreements, reviews), judged in Berlin. */
function notInFuture(code: TFieldMessageCode) {
  return ZPlanDate.superRefine((value, context) => {
    if (value > todayInBerlin()) addFieldIssue(context, code, [], value);
  });
}

/** A title the plan cannot do without: empty (or only spaces) is "plan_title_required". */
const ZTitle = z
  .string()
  .trim()
  .max(200)
  .superRefine((value, context) => {
    if (value === "") addFieldIssue(context, "plan_title_required", [], value);
  });

/** Free text where empty means none: "" becomes null. */
const ZNullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable();

/** The plan's version as the client last read it: a write against an older one is refused (409). */
const ZVersion = z.number().int().min(1);

export const ZPlanPersonId = z.strictObject({ id: z.uuid() });
export const ZPlanGoalId = z.strictObject({ id: z.uuid(), goalId: z.uuid() });
export const ZPlanMeasureId = z.strictObject({ id: z.uuid(), measureId: z.uuid() });

export const ZPlanCreate = z.strictObject({ nextReviewOn: ZPlanDate.nullable().default(null) });
export type TPlanCreate = z.output<typeof ZPlanCreate>;

export const ZPlanPatch = z.strictObject({ version: ZVersion, nextReviewOn: ZPlanDate.nullable() });
export type TPlanPatch = z.output<typeof ZPlanPatch>;

export const ZPlanAgreement = z.strictObject({
  version: ZVersion,
  agreedOn: notInFuture("agreement_in_future"),
  agreedHow: z.enum(agreementChannels),
  agreedWith: ZNullableText(200).default(null),
});
export type TPlanAgreement = z.output<typeof ZPlanAgreement>;

const goalFields = {
  fieldOfActionCode: z.string().trim().min(1).max(40),
  title: ZTitle,
  description: ZNullableText(4000),
  status: z.enum(goalStatuses),
};

export const ZGoalInput = z.strictObject({
  version: ZVersion,
  ...goalFields,
  description: goalFields.description.default(null),
  status: goalFields.status.default("open"),
});
export type TGoalInput = z.output<typeof ZGoalInput>;

export const ZGoalPatch = z.strictObject({ version: ZVersion, ...goalFields }).partial({
  fieldOfActionCode: true,
  title: true,
  description: true,
  status: true,
});
export type TGoalPatch = z.output<typeof ZGoalPatch>;

const measureFields = {
  title: ZTitle,
  responsibleKind: z.enum(responsibleKinds),
  /** The provider organisation, when a provider is responsible. */
  responsibleOrganisationId: z.uuid().nullable(),
  /** The caseworker (a user), when a caseworker is responsible; empty means "the caseworker in charge". */
  responsibleUserId: z.uuid().nullable(),
  dueOn: ZPlanDate.nullable(),
  status: z.enum(measureStatuses),
};

export const ZMeasureInput = z.strictObject({
  version: ZVersion,
  title: measureFields.title,
  responsibleKind: measureFields.responsibleKind,
  responsibleOrganisationId: measureFields.responsibleOrganisationId.default(null),
  responsibleUserId: measureFields.responsibleUserId.default(null),
  dueOn: measureFields.dueOn.default(null),
  status: measureFields.status.default("planned"),
});
export type TMeasureInput = z.output<typeof ZMeasureInput>;

export const ZMeasurePatch = z.strictObject({ version: ZVersion, ...measureFields }).partial({
  title: true,
  responsibleKind: true,
  responsibleOrganisationId: true,
  responsibleUserId: true,
  dueOn: true,
  status: true,
});
export type TMeasurePatch = z.output<typeof ZMeasurePatch>;

export const ZPlanReviewInput = z.strictObject({
  version: ZVersion,
  reviewedOn: notInFuture("review_in_future"),
  note: z.string().trim().min(1).max(4000),
  /** When to look at the plan again; left out, the date stays as it is. */
  nextReviewOn: ZPlanDate.nullable().optional(),
});
export type TPlanReviewInput = z.output<typeof ZPlanReviewInput>;

/** The languages the printable plan exists in; the server refuses to start when one's texts are missing. */
export const planDocumentLanguages = ["de", "en", "uk", "ar"] as const satisfies readonly TDocumentLanguage[];
export type TPlanDocumentLanguage = (typeof planDocumentLanguages)[number];

export function isPlanDocumentLanguage(value: string): value is TPlanDocumentLanguage {
  return (planDocumentLanguages as readonly string[]).includes(value);
}

/** Without a language: the person's preferred language if the plan exists in it, else German. */
export const ZPlanDocumentQuery = z.strictObject({ language: z.enum(planDocumentLanguages).optional() });

export const ZMeasure = z
  .object({
    id: z.uuid(),
    title: z.string(),
    responsibleKind: z.enum(responsibleKinds),
    responsibleOrganisationId: z.uuid().nullable(),
    responsibleOrganisationName: z.string().nullable(),
    responsibleUserId: z.uuid().nullable(),
    responsibleUserName: z.string().nullable(),
    dueOn: z.string().nullable(),
    status: z.enum(measureStatuses),
  })
  .meta({ id: "PlanMeasure" });
export type TMeasure = z.infer<typeof ZMeasure>;

export const ZGoal = z
  .object({
    id: z.uuid(),
    fieldOfActionCode: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    status: z.enum(goalStatuses),
    measures: z.array(ZMeasure),
  })
  .meta({ id: "PlanGoal" });
export type TGoal = z.infer<typeof ZGoal>;

export const ZPlanReview = z
  .object({
    id: z.uuid(),
    reviewedOn: z.string(),
    note: z.string(),
    reviewedByName: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: "PlanReview" });
export type TPlanReview = z.infer<typeof ZPlanReview>;

/** One recorded change of the plan: which part and which of its fields, never their old values. */
export const ZPlanChange = z
  .object({
    occurredAt: z.string(),
    actorName: z.string().nullable(),
    part: z.enum(planParts),
    kind: z.enum(planChangeKinds),
    fields: z.array(z.string()),
  })
  .meta({ id: "PlanChange" });
export type TPlanChange = z.infer<typeof ZPlanChange>;

export const ZIntegrationPlan = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    status: z.enum(planStatuses),
    agreement: z
      .object({
        agreedOn: z.string(),
        agreedHow: z.enum(agreementChannels),
        agreedWith: z.string().nullable(),
        recordedAt: z.string(),
      })
      .nullable(),
    nextReviewOn: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    updatedAt: z.string(),
    updatedByName: z.string().nullable(),
    /** Changes recorded after the agreement (empty while none, or before any agreement). */
    changesSinceAgreement: z.array(ZPlanChange),
    goals: z.array(ZGoal),
    reviews: z.array(ZPlanReview),
  })
  .meta({ id: "IntegrationPlan" });
export type TIntegrationPlan = z.infer<typeof ZIntegrationPlan>;

/** The person's current plan (null while none exists) and what the actor may do with it. */
export const ZIntegrationPlanView = z
  .object({
    plan: ZIntegrationPlan.nullable(),
    allowedActions: z.array(z.enum(planRecordActions)),
  })
  .meta({ id: "IntegrationPlanView" });
export type TIntegrationPlanView = z.infer<typeof ZIntegrationPlanView>;

/** Whom a measure can be given to: providers and the caseworkers of the actor's own organisations. */
export const ZPlanResponsibleOptions = z
  .object({
    providers: z.array(z.object({ id: z.uuid(), name: z.string() })),
    caseworkers: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: "PlanResponsibleOptions" });
export type TPlanResponsibleOptions = z.infer<typeof ZPlanResponsibleOptions>;
