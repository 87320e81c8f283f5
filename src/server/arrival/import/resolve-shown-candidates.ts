import { and, inArray } from "drizzle-orm";
import type { TImportCandidate, TImportReason } from "../../../common/arrival/import-schemas.js";
import { recordAuditEvents } from "../../platform/audit/record-audit-event.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { persons as personsTable } from "../arrival-tables.js";
import type { TPersonAccess } from "../persons/person-access.js";
import { buildHiddenDuplicateReason } from "./import-reasons.js";

type TShownRow = { rowNumber: number; reasons: TImportReason[]; candidate: TImportCandidate | null };

/**
 * A staged row remembers the registered person it resembled when it was validated. Before that
 * person is shown again, the person layer decides afresh: a person the user may still list is shown
 * and audited as listed, now; one outside the scope since (moved, handed over, merged) is reduced to
 * "probably registered already", without name or date of birth.
 */
export async function resolveShownCandidates<TRow extends TShownRow>(
  executor: TDbExecutor,
  access: TPersonAccess,
  importId: string,
  rows: TRow[],
): Promise<TRow[]> {
  const ids = [...new Set(rows.flatMap((row) => (row.candidate?.kind === "person" ? [row.candidate.id] : [])))];
  if (ids.length === 0) return rows;
  const visible = await executor
    .select({ id: personsTable.id })
    .from(personsTable)
    .where(and(inArray(personsTable.id, ids), access.scopeFor("list")));
  const visibleIds = new Set(visible.map((row) => row.id));
  await recordAuditEvents(
    executor,
    access.auditFor("list"),
    rows.flatMap((row) =>
      row.candidate?.kind === "person" && visibleIds.has(row.candidate.id)
        ? [
            {
              action: "person.list" as const,
              subjectType: "person",
              subjectId: row.candidate.id,
              personId: row.candidate.id,
              detail: { importId, rowNumber: row.rowNumber },
            },
          ]
        : [],
    ),
  );
  return rows.map((row) => {
    const candidate = row.candidate;
    if (candidate?.kind !== "person" || visibleIds.has(candidate.id)) return row;
    return {
      ...row,
      candidate: null,
      reasons: row.reasons.map((reason) =>
        reason.code === "likely_duplicate_in_registry" ? buildHiddenDuplicateReason(candidate.score) : reason,
      ),
    };
  });
}
