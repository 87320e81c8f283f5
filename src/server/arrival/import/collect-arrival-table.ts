/**
 * The rules shared by CSV and XLSX once a row has been read: the first non-empty row is the header, empty
 * rows are skipped (their numbers still count), and the row limit stops reading as soon as it is passed.
 */
import { ArrivalFileProblem } from "./arrival-file-problems.js";

export type TArrivalRow = {
  /** The row as Excel shows it (or the line in an editor); the header is usually row 1. */
  rowNumber: number;
  cells: string[];
};

export type TArrivalTable = { headers: string[]; rows: TArrivalRow[] };

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

/** Excel's name of a column: 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Header cells without surrounding spaces and without the blank cells after the last heading (a trailing
 * delimiter or formatted but empty cells); a blank cell before a heading, or a heading twice, is refused
 * because the later column mapping could not name that column.
 */
export function checkHeaders(cells: readonly string[]): string[] {
  const headers = cells.map((cell) => cell.trim());
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  // Headings that differ only in case would look the same in the mapping step.
  const seen = new Map<string, number>();
  for (const [index, header] of headers.entries()) {
    const column = index + 1;
    if (header === "") {
      throw new ArrivalFileProblem("header_empty", { column, columnLetter: columnLetter(column) });
    }
    const key = header.toLocaleLowerCase("de-DE");
    const firstColumn = seen.get(key);
    if (firstColumn !== undefined) {
      throw new ArrivalFileProblem("header_duplicate", {
        name: header,
        column,
        columnLetter: columnLetter(column),
        firstColumn,
        firstColumnLetter: columnLetter(firstColumn),
      });
    }
    seen.set(key, column);
  }
  return headers;
}

export class ArrivalTableCollector {
  private headers: string[] | undefined;
  private readonly rows: TArrivalRow[] = [];

  constructor(private readonly maxRows: number) {}

  /** Takes the rows in file order; throws as soon as the header is wrong or the row limit is passed. */
  add(rowNumber: number, cells: string[]): void {
    if (isBlank(cells)) return;
    if (this.headers === undefined) {
      this.headers = checkHeaders(cells);
      return;
    }
    if (this.rows.length === this.maxRows) {
      throw new ArrivalFileProblem("too_many_rows", { maxRows: this.maxRows });
    }
    this.rows.push({ rowNumber, cells });
  }

  finish(): TArrivalTable {
    if (this.headers === undefined) throw new ArrivalFileProblem("header_missing", {});
    return { headers: this.headers, rows: this.rows };
  }
}
