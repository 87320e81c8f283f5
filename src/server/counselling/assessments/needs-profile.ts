import { and, desc, eq } from "drizzle-orm";
import type { TNeed, TNeedsProfile } from "../../../common/counselling/assessment-schemas.js";
import type { TPersonAccess } from "../../arrival/persons/person-access.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { deriveNeeds, type TNeedRule } from "../questionnaires/needs-rules.js";
import { assessments, needs } from "./assessment-tables.js";

function toNeed(row: typeof needs.$inferSelect): TNeed {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    fieldOfAction: row.fieldOfAction,
    code: row.code,
    priority: row.priority,
    reason: row.reason,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A completed assessment's needs replace the person's open ones: those become "superseded" (kept,
 * so the history and earlier plans still name them), the new ones are open. Returns the codes.
 */
export async function replaceNeeds(
  tx: TDbExecutor,
  assessment: Pick<typeof assessments.$inferSelect, "id" | "personId" | "answers">,
  rules: readonly TNeedRule[],
  today: string,
): Promise<string[]> {
  const derived = deriveNeeds(rules, assessment.answers, today);
  await tx
    .update(needs)
    .set({ status: "superseded" })
    .where(and(eq(needs.personId, assessment.personId), eq(needs.status, "open")));
  if (derived.length > 0) {
    await tx.insert(needs).values(
      derived.map((need) => ({
        personId: assessment.personId,
        assessmentId: assessment.id,
        fieldOfAction: need.fieldOfAction,
        code: need.code,
        priority: need.priority,
        reason: need.reason,
      })),
    );
  }
  return derived.map((need) => need.code);
}

/** The person's needs profile: the open needs of the latest completed assessment, read in scope and audited. */
export function readNeedsProfile(db: TDb, access: TPersonAccess, personId: string): Promise<TNeedsProfile> {
  return db.transaction(async (tx) => {
    await access.assertInScope(tx, personId, "read");
    const [latest] = await tx
      .select({ id: assessments.id, completedAt: assessments.completedAt })
      .from(assessments)
      .where(and(eq(assessments.personId, personId), eq(assessments.status, "completed")))
      .orderBy(desc(assessments.completedAt))
      .limit(1);
    const rows = latest
      ? await tx
          .select()
          .from(needs)
          .where(and(eq(needs.assessmentId, latest.id), eq(needs.status, "open")))
      : [];
    await access.recordRead(tx, personId, "needs");
    const order = { high: 0, medium: 1, low: 2 } as const;
    return {
      assessmentId: latest?.id ?? null,
      completedAt: latest?.completedAt?.toISOString() ?? null,
      needs: rows.map(toNeed).sort((a, b) => order[a.priority] - order[b.priority] || a.code.localeCompare(b.code)),
    };
  });
}
