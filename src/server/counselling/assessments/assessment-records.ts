import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TAssessment, TAssessmentSummary } from "../../../common/counselling/assessment-schemas.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { assessments } from "./assessment-tables.js";

const startedByUser = alias(users, "started_by_user");
const completedByUser = alias(users, "completed_by_user");

/** An assessment row with the names of who started and completed it, as one query to narrow down. */
export function selectAssessments(executor: TDbExecutor) {
  return executor
    .select({
      row: assessments,
      startedByName: startedByUser.displayName,
      completedByName: completedByUser.displayName,
    })
    .from(assessments)
    .leftJoin(startedByUser, eq(startedByUser.id, assessments.startedBy))
    .leftJoin(completedByUser, eq(completedByUser.id, assessments.completedBy));
}

type TSelected = { row: typeof assessments.$inferSelect; startedByName: string | null; completedByName: string | null };

function staff(id: string | null, displayName: string | null) {
  return id && displayName !== null ? { id, displayName } : null;
}

export function toAssessmentSummary({ row, startedByName, completedByName }: TSelected): TAssessmentSummary {
  return {
    id: row.id,
    personId: row.personId,
    questionnaireKey: row.questionnaireKey,
    questionnaireVersion: row.questionnaireVersion,
    source: row.source,
    status: row.status,
    currentSectionId: row.currentSectionId,
    startedAt: row.startedAt.toISOString(),
    startedBy: staff(row.startedBy, startedByName),
    completedAt: row.completedAt?.toISOString() ?? null,
    completedBy: staff(row.completedBy, completedByName),
    version: row.version,
  };
}

export function toAssessment(selected: TSelected): TAssessment {
  return { ...toAssessmentSummary(selected), answers: selected.row.answers };
}
