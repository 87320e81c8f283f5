import { and, asc, eq, ne, type SQL, sql } from "drizzle-orm";
import type { TArrivalImport, TImportRows, TImportRowsQuery } from "../../../common/arrival/import-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { arrivalImportRows, arrivalImports } from "./import-tables.js";
import type { TValidatedRow } from "./validate-import.js";

/** Rows per INSERT: one JSON parameter of a few MB, far below the server's limits. */
const rowsPerStatement = 5_000;

/** Replaces the staged rows of an import with freshly validated ones, set-based (json_to_recordset). */
export async function replaceStagedRows(
  executor: TDbExecutor,
  importId: string,
  rows: readonly TValidatedRow[],
): Promise<void> {
  await executor.delete(arrivalImportRows).where(eq(arrivalImportRows.importId, importId));
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement).map((row) => ({
      row_number: row.rowNumber,
      cells: row.cells,
      status: row.status,
      reasons: row.reasons,
      candidate: row.candidate,
      record: row.record,
      fingerprint: row.fingerprint,
    }));
    await executor.execute(sql`
      insert into arrival_import_rows (import_id, row_number, cells, status, reasons, candidate, record, fingerprint)
      select ${importId}::uuid, r.row_number, r.cells, r.status, r.reasons, r.candidate, r.record, r.fingerprint
      from json_to_recordset(${JSON.stringify(chunk)}::json)
        as r(row_number int, cells text[], status text, reasons jsonb, candidate jsonb, record jsonb, fingerprint text)`);
  }
}

/** The original cells of an import's rows, for validating them again under another mapping. */
export async function loadStagedCells(executor: TDbExecutor, importId: string) {
  return executor
    .select({ rowNumber: arrivalImportRows.rowNumber, cells: arrivalImportRows.cells })
    .from(arrivalImportRows)
    .where(eq(arrivalImportRows.importId, importId))
    .orderBy(asc(arrivalImportRows.rowNumber));
}

type TImportRow = typeof arrivalImports.$inferSelect;

/**
 * The actor's own import (an import is the uploader's work until committed), optionally locked for
 * a change; anyone else's is "not found".
 */
export async function findOwnImport(
  executor: TDbExecutor,
  importId: string,
  userId: string,
  isLocked = false,
): Promise<TImportRow> {
  const query = executor
    .select()
    .from(arrivalImports)
    .where(and(eq(arrivalImports.id, importId), eq(arrivalImports.uploadedBy, userId)));
  const [row] = isLocked ? await query.for("update") : await query;
  if (!row) throw new HttpProblem(404, "notFound");
  return row;
}

/** When the same file (by hash) was committed by the actor or a colleague of their organisations, if ever. */
async function findSameFileCommit(executor: TDbExecutor, row: TImportRow): Promise<Date | null> {
  const [earlier] = await executor
    .select({ committedAt: arrivalImports.committedAt })
    .from(arrivalImports)
    .where(
      and(
        eq(arrivalImports.fileSha256, row.fileSha256),
        eq(arrivalImports.status, "committed"),
        ne(arrivalImports.id, row.id),
        sql`${arrivalImports.organisationIds} && ${sql.param(row.organisationIds)}::uuid[]`,
      ),
    )
    .orderBy(asc(arrivalImports.committedAt))
    .limit(1);
  return earlier?.committedAt ?? null;
}

export async function toArrivalImport(executor: TDbExecutor, row: TImportRow): Promise<TArrivalImport> {
  const sameFile = await findSameFileCommit(executor, row);
  return {
    id: row.id,
    fileName: row.fileName,
    fileSha256: row.fileSha256,
    format: row.format,
    encoding: row.encoding,
    headers: row.headers,
    mapping: row.mapping,
    suggestedMapping: row.suggestedMapping,
    status: row.status,
    counts: row.counts,
    createdPersons: row.createdPersons,
    sameFileCommittedAt: sameFile?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
  };
}

const nameOf = (field: "given_name" | "family_name") => sql<string | null>`${arrivalImportRows.record} ->> ${field}`;

export async function listStagedRows(
  executor: TDbExecutor,
  importId: string,
  query: TImportRowsQuery,
): Promise<TImportRows> {
  const filter: SQL | undefined = and(
    eq(arrivalImportRows.importId, importId),
    query.status ? eq(arrivalImportRows.status, query.status) : undefined,
  );
  const items = await executor
    .select({
      rowNumber: arrivalImportRows.rowNumber,
      cells: arrivalImportRows.cells,
      status: arrivalImportRows.status,
      familyName: nameOf("family_name"),
      givenName: nameOf("given_name"),
      reasons: arrivalImportRows.reasons,
      candidate: arrivalImportRows.candidate,
    })
    .from(arrivalImportRows)
    .where(filter)
    .orderBy(asc(arrivalImportRows.rowNumber))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await executor
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(arrivalImportRows)
    .where(filter);
  return { items, total: total?.count ?? 0, page: query.page, pageSize: query.pageSize };
}

/** The rows a commit leaves out (errors, repeats, likely duplicates), with their reasons, for the error report. */
export async function listReportRows(executor: TDbExecutor, importId: string) {
  return executor
    .select({
      rowNumber: arrivalImportRows.rowNumber,
      cells: arrivalImportRows.cells,
      reasons: arrivalImportRows.reasons,
      candidate: arrivalImportRows.candidate,
    })
    .from(arrivalImportRows)
    .where(
      and(
        eq(arrivalImportRows.importId, importId),
        sql`${arrivalImportRows.status} in ('error', 'likely_duplicate', 'in_file_duplicate')`,
      ),
    )
    .orderBy(asc(arrivalImportRows.rowNumber));
}
