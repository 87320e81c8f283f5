import { and, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { TDbExecutor } from "../../platform/db/database.js";
import type { TProblemKey } from "../../platform/http/problem-texts.js";
import { HttpProblem } from "../../platform/http/problems.js";

/**
 * A table of another module whose rows belong to a person (TModule.personMergeParts): merging two
 * records moves its rows from the merged record to the survivor, and undoing moves exactly those back.
 */
export type TPersonMergePart = {
  name: string;
  table: PgTable;
  id: PgColumn;
  personId: PgColumn;
  /**
   * At most one such row per person (a plan, a case not closed, an interview in progress): when both
   * records have one, the merge is refused with this problem, since one of them has to be closed first.
   */
  onePerPerson?: { where?: SQL; conflict: TProblemKey };
};

/** The table's property for a column, as drizzle's `set` wants it. */
function propertyOf(table: PgTable, column: PgColumn): string {
  const entry = Object.entries(getTableColumns(table)).find(([, candidate]) => candidate === column);
  if (!entry) throw new Error(`column ${column.name} is not in the table of its merge part`);
  return entry[0];
}

/** The row ids each part moved, by part name. */
export type TMovedParts = Record<string, string[]>;

/** Refuses the merge when both records hold a row that a person may have only once. */
export async function assertPartsMergeable(
  tx: TDbExecutor,
  parts: readonly TPersonMergePart[],
  survivorId: string,
  mergedId: string,
): Promise<void> {
  for (const part of parts) {
    if (!part.onePerPerson) continue;
    const [row] = await tx
      .select({ holders: sql<number>`count(distinct ${part.personId})`.mapWith(Number) })
      .from(part.table)
      .where(and(inArray(part.personId, [survivorId, mergedId]), part.onePerPerson.where));
    if ((row?.holders ?? 0) > 1) throw new HttpProblem(409, part.onePerPerson.conflict);
  }
}

/** Moves every part's rows of the merged record to the survivor; returns what moved, for undo. */
export async function moveParts(
  tx: TDbExecutor,
  parts: readonly TPersonMergePart[],
  survivorId: string,
  mergedId: string,
): Promise<TMovedParts> {
  const moved: TMovedParts = {};
  for (const part of parts) {
    const rows = await tx
      .update(part.table)
      .set({ [propertyOf(part.table, part.personId)]: survivorId })
      .where(eq(part.personId, mergedId))
      .returning({ id: part.id });
    if (rows.length > 0) moved[part.name] = rows.map((row) => String(row.id));
  }
  return moved;
}

/** Gives the merged record back the rows the merge moved away from it. */
export async function restoreParts(
  tx: TDbExecutor,
  parts: readonly TPersonMergePart[],
  moved: TMovedParts,
  mergedId: string,
): Promise<void> {
  for (const part of parts) {
    const ids = moved[part.name];
    if (!ids || ids.length === 0) continue;
    await tx
      .update(part.table)
      .set({ [propertyOf(part.table, part.personId)]: mergedId })
      .where(inArray(part.id, ids));
  }
}
