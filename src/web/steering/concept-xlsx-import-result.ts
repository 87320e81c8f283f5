import type { TFieldProblem } from "../../common/platform/problem.js";
import type { TConceptImportSummary } from "../../common/steering/concept-view-schemas.js";
import { ApiError } from "../api/api-errors.js";
import { conceptPeriodPath } from "./concept-queries.js";

/** The workbook of a period, as the export link downloads it. */
export const conceptExportPath = (periodId: string) => `${conceptPeriodPath(periodId)}/export.xlsx`;

/** The import's address, a dry run (nothing written) or the import itself. */
export const conceptImportPath = (periodId: string, isDryRun: boolean) =>
  `${conceptPeriodPath(periodId)}/import?dryRun=${String(isDryRun)}`;

export type TConceptImportPart = "statements" | "subGoals" | "measures";
export type TConceptImportRow = { part: TConceptImportPart; added: number; changed: number; unchanged: number };

/** One table row per part, in the tree's order: fields of action, sub-goals, measures. */
export function summariseConceptImport(summary: TConceptImportSummary): TConceptImportRow[] {
  return (["statements", "subGoals", "measures"] as const).map((part) => ({ part, ...summary[part] }));
}

/** Whether the import would add or change anything. */
export function hasConceptImportChanges(summary: TConceptImportSummary): boolean {
  return summariseConceptImport(summary).some((row) => row.added + row.changed > 0);
}

export type TConceptImportErrorRow = {
  key: string;
  sheet: string | undefined;
  row: number | undefined;
  column: string | undefined;
  detail: string;
};

/**
 * The bad cells of a refused import (422 conceptImportInvalid), in sheet order as the API lists them and
 * by row within a sheet; undefined for any other failure, which the problem alert shows instead.
 */
export function toConceptImportErrorRows(error: unknown): TConceptImportErrorRow[] | undefined {
  if (!(error instanceof ApiError && error.status === 422)) return undefined;
  const errors: TFieldProblem[] = error.problem?.errors ?? [];
  if (errors.length === 0) return undefined;
  const sheets: string[] = [];
  for (const entry of errors) if (!sheets.includes(entry.sheet ?? "")) sheets.push(entry.sheet ?? "");
  return errors
    .map((entry, index) => ({ entry, index }))
    .sort(
      (left, right) =>
        sheets.indexOf(left.entry.sheet ?? "") - sheets.indexOf(right.entry.sheet ?? "") ||
        (left.entry.row ?? 0) - (right.entry.row ?? 0) ||
        left.index - right.index,
    )
    .map(({ entry, index }) => ({
      key: `${index}-${entry.pointer}-${entry.code}`,
      sheet: entry.sheet,
      row: entry.row,
      column: entry.column,
      detail: entry.detail,
    }));
}
