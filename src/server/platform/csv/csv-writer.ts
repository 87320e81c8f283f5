/**
 * A minimal RFC 4180 CSV writer for exports (csv-stringify is not installed; this is all we need):
 * comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */

/** Makes Excel read the file as UTF-8 (umlauts, names in original script). */
export const csvByteOrderMark = "\uFEFF";

export type TCsvCell = string | number | null | undefined;

/**
 * A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection,
 * OWASP); a leading apostrophe makes it plain text there.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function escapeFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function formatCell(cell: TCsvCell): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "number" ? String(cell) : escapeFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its line end. */
export function formatCsvRow(cells: readonly TCsvCell[]): string {
  return `${cells.map(formatCell).join(",")}\r\n`;
}
