import { and, desc, eq } from "drizzle-orm";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { pruneAnswers, validateAnswers } from "../../../common/counselling/answer-validation.js";
import type {
  TAnswersSave,
  TAssessment,
  TAssessmentList,
  TAssessmentSummary,
} from "../../../common/counselling/assessment-schemas.js";
import type { TAnswers } from "../../../common/counselling/questionnaire-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import type { TPersonAccess } from "../../arrival/persons/person-access.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { currentQuestionnaire, questionnaireOrThrow } from "../questionnaires/questionnaire-registry.js";
import { selectAssessments, toAssessment, toAssessmentSummary } from "./assessment-records.js";
import { assessments } from "./assessment-tables.js";
import { replaceNeeds } from "./needs-profile.js";

type TScopeAction = "read" | "update";

function userIdOf(actor: TAuthenticatedActor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

/** Applies a save's changes: a value sets the answer, null clears it. */
function applyAnswers(stored: TAnswers, changes: TAnswersSave["answers"]): TAnswers {
  const merged: TAnswers = { ...stored };
  for (const [questionId, value] of Object.entries(changes)) {
    if (value === null) delete merged[questionId];
    else merged[questionId] = value;
  }
  return merged;
}

/**
 * Needs assessments through the person data access layer: every query joins persons with the
 * actor's person scope, so an assessment of a person out of reach is "not found"; every read and
 * write is audited in its transaction. Saving checks the answers against the version they were
 * started under; completing checks the required ones and derives the needs profile.
 */
export function createAssessmentAccess(db: TDb, access: TPersonAccess, actor: TAuthenticatedActor) {
  async function findInScope(executor: TDbExecutor, assessmentId: string, action: TScopeAction) {
    const query = selectAssessments(executor)
      .innerJoin(persons, eq(persons.id, assessments.personId))
      .where(and(eq(assessments.id, assessmentId), access.scopeFor(action)));
    const [found] = action === "update" ? await query.for("update", { of: assessments }) : await query;
    if (!found) throw new HttpProblem(404, "notFound");
    return found;
  }

  async function findForChange(tx: TDbExecutor, assessmentId: string, version: number) {
    const found = await findInScope(tx, assessmentId, "update");
    if (found.row.status !== "in_progress") throw new HttpProblem(409, "assessmentNotInProgress");
    if (found.row.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    return found;
  }

  function audit(
    executor: TDbExecutor,
    action: "start" | "read" | "update" | "complete",
    row: { id: string; personId: string },
    detail?: Record<string, unknown>,
  ) {
    return recordAuditEvent(executor, access.auditFor(action === "read" ? "read" : "update"), {
      action: `assessment.${action}`,
      subjectType: "assessment",
      subjectId: row.id,
      personId: row.personId,
      purpose: "counselling",
      ...(detail ? { detail } : {}),
    });
  }

  async function readWithin(tx: TDbExecutor, assessmentId: string): Promise<TAssessment> {
    return toAssessment(await findInScope(tx, assessmentId, "read"));
  }

  return {
    list(personId: string): Promise<TAssessmentList> {
      return db.transaction(async (tx) => {
        await access.assertInScope(tx, personId, "read");
        const rows = await selectAssessments(tx)
          .where(eq(assessments.personId, personId))
          .orderBy(desc(assessments.startedAt), desc(assessments.id));
        await access.recordRead(tx, personId, "assessments");
        return { items: rows.map(toAssessmentSummary) };
      });
    },

    /** Starts an interview under the questionnaire's current version; one at a time per person. */
    start(personId: string, questionnaireKey: string): Promise<TAssessmentSummary> {
      const registered = currentQuestionnaire(questionnaireKey);
      if (!registered)
        throw new FieldRuleViolation([{ pointer: "/body/questionnaireKey", code: "questionnaire_unknown" }]);
      return db.transaction(async (tx) => {
        await access.assertInScope(tx, personId, "update", true);
        const [inProgress] = await tx
          .select({ id: assessments.id })
          .from(assessments)
          .where(
            and(
              eq(assessments.personId, personId),
              eq(assessments.questionnaireKey, questionnaireKey),
              eq(assessments.status, "in_progress"),
            ),
          );
        if (inProgress) throw new HttpProblem(409, "assessmentInProgress");
        const [created] = await tx
          .insert(assessments)
          .values({
            personId,
            questionnaireKey,
            questionnaireVersion: registered.definition.version,
            source: "interview",
            currentSectionId: registered.definition.sections[0]?.id ?? null,
            startedBy: userIdOf(actor),
          })
          .returning({ id: assessments.id, personId: assessments.personId });
        if (!created) throw new Error("assessment insert returned no row");
        await audit(tx, "start", created, { questionnaire: `${questionnaireKey}@${registered.definition.version}` });
        return toAssessmentSummary(await findInScope(tx, created.id, "read"));
      });
    },

    read(assessmentId: string): Promise<TAssessment> {
      return db.transaction(async (tx) => {
        const assessment = await readWithin(tx, assessmentId);
        await audit(tx, "read", assessment);
        return assessment;
      });
    },

    /**
     * Saves the answers of a section (or any changes): each given answer must fit its question and
     * be asked given the others; answers that the change hides are dropped, so stored answers are
     * always consistent with the version's conditions.
     */
    saveAnswers(assessmentId: string, save: TAnswersSave): Promise<TAssessment> {
      return db.transaction(async (tx) => {
        const { row } = await findForChange(tx, assessmentId, save.version);
        const { definition } = questionnaireOrThrow(row.questionnaireKey, row.questionnaireVersion);
        const today = todayInBerlin();
        const merged = applyAnswers(row.answers, save.answers);
        const changed = new Set(Object.keys(save.answers));
        const issues = validateAnswers(definition, merged, { today, isCompleting: false }).filter((issue) =>
          changed.has(issue.questionId),
        );
        const isKnownSection =
          save.currentSectionId === null || definition.sections.some((section) => section.id === save.currentSectionId);
        const violations = issues.map((issue) => ({ pointer: `/body/answers/${issue.questionId}`, code: issue.code }));
        if (!isKnownSection)
          violations.push({ pointer: "/body/currentSectionId", code: "questionnaire_section_unknown" });
        if (violations.length > 0) throw new FieldRuleViolation(violations);
        const answers = pruneAnswers(definition, merged, today);
        await tx
          .update(assessments)
          .set({ answers, currentSectionId: save.currentSectionId, updatedAt: new Date(), version: row.version + 1 })
          .where(eq(assessments.id, assessmentId));
        await audit(tx, "update", row, { questions: [...changed].sort() });
        return readWithin(tx, assessmentId);
      });
    },

    /** Completes the assessment: required answers checked, the needs profile derived and replacing the last one. */
    complete(assessmentId: string, version: number): Promise<TAssessment> {
      return db.transaction(async (tx) => {
        const { row } = await findForChange(tx, assessmentId, version);
        const { definition, rules } = questionnaireOrThrow(row.questionnaireKey, row.questionnaireVersion);
        const today = todayInBerlin();
        const issues = validateAnswers(definition, row.answers, { today, isCompleting: true });
        if (issues.length > 0) {
          throw new FieldRuleViolation(
            issues.map((issue) => ({ pointer: `/body/answers/${issue.questionId}`, code: issue.code })),
          );
        }
        await tx
          .update(assessments)
          .set({ status: "completed", completedAt: new Date(), completedBy: userIdOf(actor), version: row.version + 1 })
          .where(eq(assessments.id, assessmentId));
        const codes = await replaceNeeds(tx, row, rules, today);
        await audit(tx, "complete", row, { needs: codes });
        return readWithin(tx, assessmentId);
      });
    },
  };
}
