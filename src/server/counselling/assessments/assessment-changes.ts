import { and, desc, eq, lt } from "drizzle-orm";
import type { TAssessmentChanges } from "../../../common/counselling/assessment-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import type { TPersonAccess } from "../../arrival/persons/person-access.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { questionnaireOrThrow } from "../questionnaires/questionnaire-registry.js";
import { diffAssessments } from "./assessment-diff.js";
import { assessments, needs } from "./assessment-tables.js";

function needsOf(executor: TDbExecutor, assessmentId: string) {
  return executor.select().from(needs).where(eq(needs.assessmentId, assessmentId));
}

/**
 * A completed assessment beside the person's completed one before it (same questionnaire, any
 * version): read in the person scope, both audited as read.
 */
export function readAssessmentChanges(
  db: TDb,
  access: TPersonAccess,
  assessmentId: string,
): Promise<TAssessmentChanges> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ row: assessments })
      .from(assessments)
      .innerJoin(persons, eq(persons.id, assessments.personId))
      .where(and(eq(assessments.id, assessmentId), access.scopeFor("read")));
    if (!current) throw new HttpProblem(404, "notFound");
    const { row } = current;
    if (row.status !== "completed" || !row.completedAt) throw new HttpProblem(409, "assessmentInProgress");
    const [previous] = await tx
      .select()
      .from(assessments)
      .where(
        and(
          eq(assessments.personId, row.personId),
          eq(assessments.questionnaireKey, row.questionnaireKey),
          eq(assessments.status, "completed"),
          lt(assessments.completedAt, row.completedAt),
        ),
      )
      .orderBy(desc(assessments.completedAt))
      .limit(1);
    const compared = previous ? [row.id, previous.id] : [row.id];
    for (const id of compared) {
      await recordAuditEvent(tx, access.auditFor("read"), {
        action: "assessment.read",
        subjectType: "assessment",
        subjectId: id,
        personId: row.personId,
        purpose: "counselling",
        detail: { part: "changes" },
      });
    }
    return diffAssessments(
      row.id,
      previous
        ? {
            id: previous.id,
            completedAt: previous.completedAt?.toISOString() ?? null,
            definition: questionnaireOrThrow(previous.questionnaireKey, previous.questionnaireVersion).definition,
            answers: previous.answers,
            needs: await needsOf(tx, previous.id),
          }
        : null,
      {
        definition: questionnaireOrThrow(row.questionnaireKey, row.questionnaireVersion).definition,
        answers: row.answers,
        needs: await needsOf(tx, row.id),
      },
    );
  });
}
