import { z } from "zod";
import { caseCloseReasons, caseStatuses } from "../counselling/case-schemas.js";
import { providerTypes } from "../platform/organisations.js";
import { consentChannels, consentPurposes } from "./consent.js";
import { moveKinds } from "./person.js";

export const timelineKinds = [
  "registered",
  "corrected",
  "first_contact",
  "household_changed",
  "moved",
  "merged",
  "merge_undone",
  "consent_granted",
  "consent_refused",
  "consent_withdrawn",
  "case_opened",
  "case_status_changed",
  "handover_started",
  "handover_accepted",
  "handover_declined",
  "handover_withdrawn",
  "note_added",
  "assessment_started",
  "assessment_completed",
  "plan_created",
  "plan_agreed",
  "plan_changed",
  "plan_reviewed",
  "task_created",
  "task_done",
  "appointment_planned",
  "appointment_cancelled",
] as const;
export type TTimelineKind = (typeof timelineKinds)[number];

export const ZTimelineQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TTimelineQuery = z.output<typeof ZTimelineQuery>;

export const ZTimelineEntry = z
  .object({
    id: z.uuid(),
    kind: z.enum(timelineKinds),
    occurredAt: z.string(),
    /** The staff member who recorded it; null for the system or a self-registration. */
    actorName: z.string().nullable(),
    /** Corrections: the names of the fields changed, never their contents. */
    fields: z.array(z.string()),
    move: z
      .object({
        kind: z.enum(moveKinds),
        fromMunicipalityAgs: z.string().nullable(),
        toMunicipalityAgs: z.string().nullable(),
        /** Whether a handover note was left (its text is in the residence history). */
        hasNote: z.boolean(),
      })
      .nullable(),
    /** Merges: whether this record was kept (survivor) or merged into the other. */
    mergeRole: z.enum(["survivor", "merged"]).nullable(),
    consent: z
      .object({
        purpose: z.enum(consentPurposes),
        channel: z.enum(consentChannels),
        recipientOrganisationCount: z.number().int(),
        recipientProviderTypes: z.array(z.enum(providerTypes)),
      })
      .nullable(),
    /** Case work: a status change's statuses and closing reason, or whether a note is confidential — never its text. */
    caseWork: z
      .object({
        fromStatus: z.enum(caseStatuses).nullable(),
        toStatus: z.enum(caseStatuses).nullable(),
        closeReason: z.enum(caseCloseReasons).nullable(),
        isConfidential: z.boolean(),
      })
      .nullable(),
  })
  .meta({ id: "TimelineEntry" });
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;

export const ZTimeline = z
  .object({
    items: z.array(ZTimelineEntry),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "Timeline" });
export type TTimeline = z.infer<typeof ZTimeline>;
