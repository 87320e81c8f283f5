/**
 * The error report a user downloads after a failed import: the rejected rows with their original cells and
 * what is wrong with them, as a semicolon-separated CSV that German Excel opens in columns. The platform's
 * CSV writer (platform/csv/csv-writer.ts) writes commas, hence this small writer; both share the rule for
 * neutralising formulas.
 */
import { escapeFormula } from "../../platform/csv/csv-writer.js";

export type TErrorReportRow = { rowNumber: number; cells: string[]; errors: string[] };

const delimiter = ";";
const lineEnd = "\r\n";

/**
 * A cell starting with =, +, -, @, tab or carriage return would run as a formula when the report is opened in a
 * spreadsheet program (CSV injection, OWASP); a leading apostrophe makes it plain text there. Imported
 * cells are untrusted, so every cell of the report goes through this.
 */
export function neutraliseSpreadsheetFormula(cell: string): string {
  return escapeFormula(cell);
}

function formatCell(cell: string): string {
  const text = neutraliseSpreadsheetFormula(cell);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatLine(cells: readonly string[]): string {
  return cells.map(formatCell).join(delimiter) + lineEnd;
}

/**
 * Columns: "Zeile" (the row number in the uploaded file), the uploaded file's headers, "Fehler" (the row's
 * errors joined with " | "). Each row is fitted to the headers so that "Fehler" stays one column: missing
 * cells are empty, cells beyond the last header are left out (the row's errors say so). Lines end in CRLF.
 * The caller adds the UTF-8 byte order mark when it sends the file, so that Excel reads umlauts correctly.
 */
export function writeErrorReportCsv(headers: readonly string[], rows: readonly TErrorReportRow[]): string {
  const lines = [formatLine(["Zeile", ...headers, "Fehler"])];
  for (const row of rows) {
    const cells = headers.map((_, index) => row.cells[index] ?? "");
    lines.push(formatLine([String(row.rowNumber), ...cells, row.errors.join(" | ")]));
  }
  return lines.join("");
}
