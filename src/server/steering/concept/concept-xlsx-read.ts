import ExcelJS, { type Worksheet } from "exceljs";
import { cellText } from "../../arrival/import/xlsx-cell-text.js";
import { readZipDirectory } from "../../arrival/import/zip-directory.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { conceptSheetNames, type TConceptSheet } from "./concept-xlsx-layout.js";
import type { ConceptImportProblems } from "./concept-xlsx-problems.js";

/**
 * Reads the three sheets of a concept workbook into rows of text cells keyed by their column's heading
 * (xlsx-cell-text.ts: numbers with a point, dates as ISO 8601, saved formula results). exceljs loads the
 * whole workbook into memory, so the zip directory's unpacked size is checked first.
 */

export type TSheetRow = { row: number; cells: Map<string, string> };
export type TSheetRows = { headers: string[]; rows: TSheetRow[] };
export type TConceptWorkbookRows = Record<TConceptSheet, TSheetRows>;

export const conceptWorkbookLimits = { maxBytes: 5 * 1024 * 1024, maxUnpackedBytes: 50 * 1024 * 1024, maxRows: 5000 };

function unreadable(cause?: unknown): HttpProblem {
  const problem = new HttpProblem(422, "conceptImportUnreadable");
  if (cause !== undefined) problem.cause = cause;
  return problem;
}

function checkArchive(bytes: Uint8Array): void {
  const directory = readZipDirectory(bytes);
  if (directory === null || directory === "zip64") throw unreadable();
  if (!directory.names.includes("xl/workbook.xml")) throw unreadable();
  if (directory.unpackedBytes > conceptWorkbookLimits.maxUnpackedBytes) {
    throw new HttpProblem(413, "conceptImportTooLarge");
  }
}

function readSheet(sheet: TConceptSheet, worksheet: Worksheet, problems: ConceptImportProblems): TSheetRows {
  const headerByColumn = new Map<number, string>();
  worksheet.getRow(1).eachCell((cell, column) => {
    const header = cellText(cell.value).trim();
    if (header !== "") headerByColumn.set(column, header);
  });
  const rows: TSheetRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, string>();
    row.eachCell((cell, column) => {
      const header = headerByColumn.get(column);
      const text = cellText(cell.value, cell.numFmt).trim();
      if (header !== undefined && text !== "") cells.set(header, text);
    });
    if (cells.size > 0) rows.push({ row: rowNumber, cells });
  });
  if (rows.length > conceptWorkbookLimits.maxRows) {
    problems.add({ sheet, row: conceptWorkbookLimits.maxRows + 2 }, "concept_import_too_many_rows");
  }
  return { headers: [...headerByColumn.values()], rows: rows.slice(0, conceptWorkbookLimits.maxRows) };
}

/** The sheets by name; a missing sheet is a problem of the file (all are reported, then the import stops). */
export async function readConceptWorkbook(
  bytes: Uint8Array,
  problems: ConceptImportProblems,
): Promise<TConceptWorkbookRows> {
  checkArchive(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; the copy is small next to what loading needs.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw unreadable(error);
  }
  const sheets: Partial<TConceptWorkbookRows> = {};
  for (const name of Object.values(conceptSheetNames)) {
    const worksheet = workbook.getWorksheet(name);
    if (worksheet === undefined) problems.add({ sheet: name }, "concept_import_sheet_missing");
    else sheets[name] = readSheet(name, worksheet, problems);
  }
  problems.throwIfAny();
  const empty: TSheetRows = { headers: [], rows: [] };
  return {
    [conceptSheetNames.statements]: sheets[conceptSheetNames.statements] ?? empty,
    [conceptSheetNames.subGoals]: sheets[conceptSheetNames.subGoals] ?? empty,
    [conceptSheetNames.measures]: sheets[conceptSheetNames.measures] ?? empty,
  };
}
