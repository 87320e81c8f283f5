/**
 * Reads decoded CSV text into rows of trimmed text cells. Values are never interpreted (no numbers, no
 * dates), and rows keep the number of cells they were written with: the caller reports ragged rows per row.
 */
import { CsvError, parse } from "csv-parse/sync";
import { ArrivalFileProblem } from "./arrival-file-problems.js";
import { ArrivalTableCollector, type TArrivalTable } from "./collect-arrival-table.js";

export type TCsvDelimiter = ";" | "," | "\t";

export type TCsvTable = TArrivalTable & { delimiter: TCsvDelimiter };

/** In order of preference on a tie: German Excel writes semicolons, and a comma may sit inside a heading. */
const delimiters: readonly TCsvDelimiter[] = [";", "\t", ","];

/**
 * Counts each candidate in the header line (the first line that is not only whitespace), skipping quoted
 * text, where delimiters and line breaks are content. A single-column file gets the semicolon.
 */
export function detectCsvDelimiter(text: string): TCsvDelimiter {
  const counts = new Map<string, number>(delimiters.map((delimiter) => [delimiter, 0]));
  let inQuotes = false;
  let lineHasContent = false;
  for (const character of text) {
    if (character === '"') {
      // A doubled quote inside a quoted field toggles twice and so leaves the state as it was.
      inQuotes = !inQuotes;
      lineHasContent = true;
    } else if (inQuotes) {
      lineHasContent = true;
    } else if (character === "\n" || character === "\r") {
      if (lineHasContent) break;
      for (const delimiter of delimiters) counts.set(delimiter, 0);
    } else {
      const count = counts.get(character);
      if (count !== undefined) counts.set(character, count + 1);
      if (character.trim() !== "") lineHasContent = true;
    }
  }
  let best: TCsvDelimiter = ";";
  for (const delimiter of delimiters) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

/** The line to point the user at: where the broken field starts, or where the parser gave up. */
function lineOfError(error: CsvError, lastCompleteLine: number): number {
  if (error.code !== "CSV_QUOTE_NOT_CLOSED" && typeof error.lines === "number") return error.lines;
  return lastCompleteLine + 1;
}

/**
 * Every record is one row as Excel numbers it: a blank line counts, a quoted cell spanning several lines does
 * not add rows. Mixed line ends (files joined from several exports) are all accepted.
 */
export function readCsv(text: string, maxRows: number): TCsvTable {
  const delimiter = detectCsvDelimiter(text);
  const collector = new ArrivalTableCollector(maxRows);
  let rowNumber = 0;
  let lastCompleteLine = 0;
  try {
    parse(text, {
      delimiter,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      // A stray quote inside an unquoted value (Max "Mo" Muster) is kept as text instead of failing the file.
      relax_quotes: true,
      // Whitespace between a delimiter and an opening quote would otherwise make the quote part of the value.
      trim: true,
      on_record: (record: string[], context) => {
        rowNumber += 1;
        collector.add(
          rowNumber,
          record.map((cell) => cell.trim()),
        );
        lastCompleteLine = context.lines;
        // The collector keeps the rows; nothing is gathered twice.
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) {
      throw new ArrivalFileProblem("csv_unreadable", { line: lineOfError(error, lastCompleteLine) }, { cause: error });
    }
    throw error;
  }
  return { delimiter, ...collector.finish() };
}
