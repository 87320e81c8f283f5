import { isDeepStrictEqual } from "node:util";
import { desc, eq } from "drizzle-orm";
import type { TConceptChangeKind, TConceptPart } from "../../../common/steering/concept.js";
import type { TConceptHistory } from "../../../common/steering/concept-view-schemas.js";
import type { TAuditAction } from "../../platform/audit/audit-actions.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import type { TConceptCaller } from "./concept-caller.js";
import { conceptChanges } from "./concept-tables.js";

/** A part's fields as the history keeps them: what an editor entered, without ids and bookkeeping. */
export type TConceptSnapshot = Record<string, unknown>;

export type TConceptChangeRecord = {
  periodId: string;
  part: TConceptPart;
  subjectId: string;
  /** null for an addition */
  before: TConceptSnapshot | null;
  /** null for a removal */
  after: TConceptSnapshot | null;
};

const auditActionOf: Record<TConceptChangeKind, TAuditAction> = {
  added: "steering_concept.create",
  changed: "steering_concept.update",
  removed: "steering_concept.delete",
};

function kindOf(change: TConceptChangeRecord): TConceptChangeKind {
  if (change.before === null) return "added";
  return change.after === null ? "removed" : "changed";
}

/** The fields whose values differ, each with its value before and after (null for the side that is absent). */
function compareSnapshots(before: TConceptSnapshot | null, after: TConceptSnapshot | null) {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const values: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of keys) {
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (!isDeepStrictEqual(from, to)) values[key] = { from, to };
  }
  return values;
}

/**
 * Records a change in the concept's history and the audit trail, in the caller's transaction. A
 * change that changes nothing is not recorded.
 */
export async function recordConceptChange(
  tx: TDbExecutor,
  caller: TConceptCaller,
  change: TConceptChangeRecord,
): Promise<void> {
  const values = compareSnapshots(change.before, change.after);
  const fields = Object.keys(values);
  const kind = kindOf(change);
  if (kind === "changed" && fields.length === 0) return;
  await tx.insert(conceptChanges).values({
    periodId: change.periodId,
    part: change.part,
    kind,
    subjectId: change.subjectId,
    fields,
    values,
    changedBy: caller.userId,
  });
  await recordAuditEvent(tx, caller.audit, {
    action: auditActionOf[kind],
    subjectType: `concept_${change.part}`,
    subjectId: change.subjectId,
    detail: { periodId: change.periodId, part: change.part, fields },
  });
}

/** The period's history, newest first (the caller has found the period in reach). */
export async function listConceptChanges(db: TDbExecutor, periodId: string): Promise<TConceptHistory> {
  const rows = await db
    .select({
      id: conceptChanges.id,
      occurredAt: conceptChanges.changedAt,
      actorName: users.displayName,
      part: conceptChanges.part,
      kind: conceptChanges.kind,
      subjectId: conceptChanges.subjectId,
      fields: conceptChanges.fields,
      values: conceptChanges.values,
    })
    .from(conceptChanges)
    .leftJoin(users, eq(users.id, conceptChanges.changedBy))
    .where(eq(conceptChanges.periodId, periodId))
    .orderBy(desc(conceptChanges.changedAt), desc(conceptChanges.id));
  return { items: rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })) };
}
