import { eq } from "drizzle-orm";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { pruneAnswers, type TAnswerIssue, validateAnswers } from "../../../common/counselling/answer-validation.js";
import type {
  TAnswers,
  TAnswerValue,
  TQuestionnaireDefinition,
} from "../../../common/counselling/questionnaire-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import { hashToken } from "../../platform/auth/session-service.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { assessments } from "../assessments/assessment-tables.js";
import { questionnaireOrThrow } from "../questionnaires/questionnaire-registry.js";
import { selfCheckStateOf } from "./self-check-invitations.js";
import { selfCheckInvitations } from "./self-check-tables.js";

export type TSelfCheckSession = {
  invitationId: string;
  personId: string;
  assessmentId: string;
  definition: TQuestionnaireDefinition;
  answers: TAnswers;
  currentSectionId: string | null;
  isSubmitted: boolean;
};

type TAnswerChanges = Record<string, TAnswerValue | null>;

async function findByToken(executor: TDbExecutor, token: string, isLocked: boolean) {
  const query = executor
    .select({ invitation: selfCheckInvitations, assessment: assessments })
    .from(selfCheckInvitations)
    .innerJoin(assessments, eq(assessments.id, selfCheckInvitations.assessmentId))
    .where(eq(selfCheckInvitations.tokenHash, hashToken(token)));
  const [found] = isLocked ? await query.for("update", { of: [selfCheckInvitations, assessments] }) : await query;
  return found;
}

function toSession(found: NonNullable<Awaited<ReturnType<typeof findByToken>>>): TSelfCheckSession {
  const { definition } = questionnaireOrThrow(found.assessment.questionnaireKey, found.assessment.questionnaireVersion);
  return {
    invitationId: found.invitation.id,
    personId: found.invitation.personId,
    assessmentId: found.assessment.id,
    definition,
    answers: found.assessment.answers,
    currentSectionId: found.assessment.currentSectionId,
    isSubmitted: found.invitation.submittedAt !== null,
  };
}

/** Whether the link works: open (answerable), submitted (thanks), or no longer (unknown, expired, withdrawn). */
function usable(found: Awaited<ReturnType<typeof findByToken>>) {
  if (found?.assessment.status !== "in_progress") return undefined;
  const state = selfCheckStateOf(found.invitation);
  return state === "open" || state === "submitted" ? found : undefined;
}

export type TSaveResult =
  | { kind: "invalid" }
  | { kind: "issues"; issues: TAnswerIssue[]; session: TSelfCheckSession }
  | { kind: "saved"; session: TSelfCheckSession };

/**
 * The newcomer's side: a token opens the self-check; answers are checked against the
 * questionnaire version like staff's (only the questions shown on the page), saved with the
 * section to resume at, and sent once. Every save and the sending are audited without an actor.
 */
export function createSelfCheckAnswers(db: TDb, audit: TAuditContext) {
  return {
    async open(token: string): Promise<TSelfCheckSession | undefined> {
      const found = usable(await findByToken(db, token, false));
      return found ? toSession(found) : undefined;
    },

    save(token: string, changes: TAnswerChanges, resumeAt: string | null, isSubmitting: boolean): Promise<TSaveResult> {
      return db.transaction(async (tx) => {
        const found = usable(await findByToken(tx, token, true));
        if (!found || found.invitation.submittedAt) return { kind: "invalid" };
        const session = toSession(found);
        const today = todayInBerlin();
        const merged: TAnswers = { ...session.answers };
        for (const [questionId, value] of Object.entries(changes)) {
          if (value === null) delete merged[questionId];
          else merged[questionId] = value;
        }
        const issues = validateAnswers(session.definition, merged, { today, isCompleting: false }).filter(
          (issue) => issue.questionId in changes,
        );
        if (issues.length > 0) return { kind: "issues", issues, session: { ...session, answers: merged } };
        const answers = pruneAnswers(session.definition, merged, today);
        await tx
          .update(assessments)
          .set({ answers, currentSectionId: resumeAt, updatedAt: new Date(), version: found.assessment.version + 1 })
          .where(eq(assessments.id, session.assessmentId));
        if (isSubmitting) {
          await tx
            .update(selfCheckInvitations)
            .set({ submittedAt: new Date() })
            .where(eq(selfCheckInvitations.id, session.invitationId));
        }
        await recordAuditEvent(tx, audit, {
          action: isSubmitting ? "self_check.submit" : "self_check.answer",
          subjectType: "assessment",
          subjectId: session.assessmentId,
          personId: session.personId,
          purpose: "counselling",
          detail: { questions: Object.keys(changes).sort() },
        });
        return {
          kind: "saved",
          session: { ...session, answers, currentSectionId: resumeAt, isSubmitted: isSubmitting },
        };
      });
    },
  };
}
