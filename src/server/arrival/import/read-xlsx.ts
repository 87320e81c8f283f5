/**
 * Reads the first visible worksheet that holds data into rows of text cells (see xlsx-cell-text.ts for how a
 * value becomes text). exceljs loads the whole workbook into memory, so the zip directory is checked first.
 */
import ExcelJS, { type Worksheet } from "exceljs";
import { ArrivalFileProblem, toMegabytes } from "./arrival-file-problems.js";
import { ArrivalTableCollector, type TArrivalRow, type TArrivalTable } from "./collect-arrival-table.js";
import { cellText } from "./xlsx-cell-text.js";
import { readZipDirectory } from "./zip-directory.js";

export type TXlsxLimits = { maxRows: number; maxUnpackedBytes: number };

/** Refuses archives that are no workbook (an OpenDocument sheet, a Word file) or would not fit in memory. */
function checkArchive(bytes: Uint8Array, maxUnpackedBytes: number): void {
  const directory = readZipDirectory(bytes);
  if (directory === null) throw new ArrivalFileProblem("xlsx_unreadable", {});
  // ZIP64 directories are left to exceljs; only files far beyond the row limit need them.
  if (directory === "zip64") return;
  if (!directory.names.includes("xl/workbook.xml")) {
    const detected = directory.names.includes("content.xml") ? "ods" : "zip";
    throw new ArrivalFileProblem("unsupported_format", { detected });
  }
  if (directory.unpackedBytes > maxUnpackedBytes) {
    throw new ArrivalFileProblem("xlsx_too_large", {
      maxUnpackedBytes,
      maxMegabytes: toMegabytes(maxUnpackedBytes),
    });
  }
}

/**
 * Rows that hold at least one non-blank cell, each as wide as the widest such row: a workbook has no row
 * length, so cells left empty at the end must not make a row look shorter than the others. Merged ranges keep
 * their value in the top-left cell only (exceljs would repeat it in every cell of the range).
 */
function readWorksheetRows(worksheet: Worksheet): TArrivalRow[] {
  const rows: TArrivalRow[] = [];
  let width = 0;
  worksheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      if (cell.master !== cell) return;
      const text = cellText(cell.value, cell.numFmt);
      if (text.trim() === "") return;
      while (cells.length < column - 1) cells.push("");
      cells.push(text);
    });
    if (cells.length === 0) return;
    width = Math.max(width, cells.length);
    rows.push({ rowNumber, cells });
  });
  for (const row of rows) {
    while (row.cells.length < width) row.cells.push("");
  }
  return rows;
}

export async function readXlsx(bytes: Uint8Array, limits: TXlsxLimits): Promise<TArrivalTable> {
  checkArchive(bytes, limits.maxUnpackedBytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; the copy is small next to what loading needs.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw new ArrivalFileProblem("xlsx_unreadable", {}, { cause: error });
  }
  // Tab order; hidden sheets are skipped because the user does not see them when checking the file.
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state === "hidden" || worksheet.state === "veryHidden") continue;
    const rows = readWorksheetRows(worksheet);
    if (rows.length === 0) continue;
    const collector = new ArrivalTableCollector(limits.maxRows);
    for (const row of rows) collector.add(row.rowNumber, row.cells);
    return collector.finish();
  }
  throw new ArrivalFileProblem("xlsx_no_worksheet", {});
}
