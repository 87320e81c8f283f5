/**
 * Reads an arrival list as the foreigners' authority exports it (CSV or XLSX) into a header and rows of text
 * cells. The format is told by content, never by file name. Every failure is an ArrivalFileProblem with a
 * message for the user; mapping, validation and storing are for the import wizard.
 */
import { ArrivalFileProblem, toMegabytes } from "./arrival-file-problems.js";
import type { TArrivalRow } from "./collect-arrival-table.js";
import { decodeText, type TTextEncoding } from "./decode-text.js";
import { isMarkupText, sniffFileFormat } from "./detect-file-format.js";
import { readCsv, type TCsvDelimiter } from "./read-csv.js";
import { readXlsx } from "./read-xlsx.js";

export type TArrivalFile = {
  format: "csv" | "xlsx";
  /** How the CSV text was encoded; null for XLSX. */
  encoding: TTextEncoding | null;
  /** The CSV delimiter found in the header line; null for XLSX. */
  delimiter: TCsvDelimiter | null;
  /** The header row's cells, trimmed, without blank cells after the last heading. */
  headers: string[];
  /** Non-empty rows after the header; a row may have more or fewer cells than there are headers. */
  rows: TArrivalRow[];
};

export type TReadArrivalFileOptions = {
  /** Only copied to a problem for messages and logs; the format is told by content. */
  fileName?: string;
  /** Data rows, header not counted. */
  maxRows?: number;
  /** Size of the uploaded file. */
  maxBytes?: number;
  /** Declared unpacked size of an XLSX archive, which bounds the memory exceljs needs. */
  maxUnpackedBytes?: number;
};

export const arrivalFileLimits = {
  maxRows: 100_000,
  maxBytes: 50 * 1024 * 1024,
  // About 170,000 rows of 12 short columns; exceljs needs roughly five times this in memory.
  maxUnpackedBytes: 128 * 1024 * 1024,
} as const;

type TLimits = { maxRows: number; maxBytes: number; maxUnpackedBytes: number };

async function readByContent(bytes: Uint8Array, limits: TLimits): Promise<TArrivalFile> {
  if (bytes.byteLength === 0) throw new ArrivalFileProblem("file_empty", {});
  if (bytes.byteLength > limits.maxBytes) {
    throw new ArrivalFileProblem("file_too_large", {
      maxBytes: limits.maxBytes,
      maxMegabytes: toMegabytes(limits.maxBytes),
    });
  }
  const sniffed = sniffFileFormat(bytes);
  if (sniffed.kind === "unsupported") {
    throw new ArrivalFileProblem("unsupported_format", { detected: sniffed.detected });
  }
  if (sniffed.kind === "zip") {
    const table = await readXlsx(bytes, limits);
    return { format: "xlsx", encoding: null, delimiter: null, ...table };
  }
  const { text, encoding } = decodeText(bytes);
  // A byte order mark or a few blank lines alone look empty to the user too.
  if (text.trim() === "") throw new ArrivalFileProblem("file_empty", {});
  if (isMarkupText(text)) throw new ArrivalFileProblem("unsupported_format", { detected: "markup" });
  const { delimiter, headers, rows } = readCsv(text, limits.maxRows);
  return { format: "csv", encoding, delimiter, headers, rows };
}

export async function readArrivalFile(bytes: Uint8Array, options: TReadArrivalFileOptions = {}): Promise<TArrivalFile> {
  const limits: TLimits = {
    maxRows: options.maxRows ?? arrivalFileLimits.maxRows,
    maxBytes: options.maxBytes ?? arrivalFileLimits.maxBytes,
    maxUnpackedBytes: options.maxUnpackedBytes ?? arrivalFileLimits.maxUnpackedBytes,
  };
  try {
    return await readByContent(bytes, limits);
  } catch (error) {
    if (error instanceof ArrivalFileProblem) error.fileName = options.fileName;
    throw error;
  }
}
