import { z } from "zod";
import { ZAnswers, ZAnswerValue, ZText } from "./questionnaire-schemas.js";

export const assessmentStatuses = ["in_progress", "completed"] as const;
export type TAssessmentStatus = (typeof assessmentStatuses)[number];

/** How an assessment came in: led by staff, or a newcomer's self-check from the portal (a draft to confirm). */
export const assessmentSources = ["interview", "self_check"] as const;
export type TAssessmentSource = (typeof assessmentSources)[number];

export const needPriorities = ["high", "medium", "low"] as const;
export type TNeedPriority = (typeof needPriorities)[number];

/** A need is open until a later completed assessment replaces the profile it belongs to. */
export const needStatuses = ["open", "superseded"] as const;
export type TNeedStatus = (typeof needStatuses)[number];

export const ZAssessmentId = z.object({ assessmentId: z.uuid() });

const ZStaffName = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const ZAssessmentSummary = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  questionnaireKey: z.string(),
  questionnaireVersion: z.number().int(),
  source: z.enum(assessmentSources),
  status: z.enum(assessmentStatuses),
  currentSectionId: z.string().nullable(),
  startedAt: z.string(),
  startedBy: ZStaffName,
  completedAt: z.string().nullable(),
  completedBy: ZStaffName,
  version: z.number().int(),
});
export type TAssessmentSummary = z.infer<typeof ZAssessmentSummary>;

export const ZAssessment = ZAssessmentSummary.extend({ answers: ZAnswers });
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZAssessmentList = z.object({ items: z.array(ZAssessmentSummary) });
export type TAssessmentList = z.infer<typeof ZAssessmentList>;

export const ZAssessmentStart = z.object({ questionnaireKey: z.string().min(1).max(60) });

/**
 * Saving answers while the interview goes on: the answers given or changed (null clears one), the
 * section the interviewer is at (to resume there), and the version read (a stale save is refused).
 */
export const ZAnswersSave = z.object({
  answers: z.record(z.string().max(60), ZAnswerValue.nullable()),
  currentSectionId: z.string().max(60).nullable(),
  version: z.number().int().positive(),
});
export type TAnswersSave = z.infer<typeof ZAnswersSave>;

export const ZAssessmentComplete = z.object({ version: z.number().int().positive() });

export const ZNeed = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  fieldOfAction: z.string(),
  code: z.string(),
  priority: z.enum(needPriorities),
  reason: ZText,
  status: z.enum(needStatuses),
  createdAt: z.string(),
});
export type TNeed = z.infer<typeof ZNeed>;

/** The person's current needs: those of the latest completed assessment. */
export const ZNeedsProfile = z.object({
  assessmentId: z.uuid().nullable(),
  completedAt: z.string().nullable(),
  needs: z.array(ZNeed),
});
export type TNeedsProfile = z.infer<typeof ZNeedsProfile>;

const ZNeedBrief = z.object({
  fieldOfAction: z.string(),
  code: z.string(),
  priority: z.enum(needPriorities),
  reason: ZText,
});

/** A re-assessment beside the one before it: answers changed, needs added, gone or re-prioritised. */
export const ZAssessmentChanges = z.object({
  assessmentId: z.uuid(),
  previous: z.object({ id: z.uuid(), completedAt: z.string().nullable(), questionnaireVersion: z.number() }).nullable(),
  answers: z.array(
    z.object({
      questionId: z.string(),
      label: ZText,
      before: ZAnswerValue.nullable(),
      after: ZAnswerValue.nullable(),
    }),
  ),
  needsAdded: z.array(ZNeedBrief),
  needsRemoved: z.array(ZNeedBrief),
  needsReprioritised: z.array(ZNeedBrief.extend({ priorityBefore: z.enum(needPriorities) })),
});
export type TAssessmentChanges = z.infer<typeof ZAssessmentChanges>;
