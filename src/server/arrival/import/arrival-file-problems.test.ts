import { describe, expect, it } from "vitest";
import {
  ArrivalFileProblem,
  arrivalFileProblemTexts,
  describeArrivalFileProblem,
  type TArrivalFileProblemCode,
  type TArrivalFileProblemDetails,
  toMegabytes,
} from "./arrival-file-problems.js";

// One example per code; the type makes this list fail to compile when a code is added without an example.
const examples: TArrivalFileProblemDetails = {
  file_empty: {},
  file_too_large: { maxBytes: 52_428_800, maxMegabytes: 50 },
  xlsx_too_large: { maxUnpackedBytes: 134_217_728, maxMegabytes: 128 },
  too_many_rows: { maxRows: 100_000 },
  unsupported_format: { detected: "xls" },
  xlsx_unreadable: {},
  xlsx_no_worksheet: {},
  csv_unreadable: { line: 1234 },
  header_missing: {},
  header_duplicate: { name: "Name", column: 5, columnLetter: "E", firstColumn: 2, firstColumnLetter: "B" },
  header_empty: { column: 3, columnLetter: "C" },
};

function problemOf<TCode extends TArrivalFileProblemCode>(code: TCode): ArrivalFileProblem<TCode> {
  return new ArrivalFileProblem(code, examples[code]);
}

const codes = Object.keys(examples) as TArrivalFileProblemCode[];

describe("arrival file problems", () => {
  it.each(codes)("%s has a German and an English text with every placeholder filled", (code) => {
    for (const language of ["de", "en"] as const) {
      const text = describeArrivalFileProblem(problemOf(code), language);
      expect(text.length).toBeGreaterThan(30);
      expect(text).not.toMatch(/[{}]/);
    }
    expect(describeArrivalFileProblem(problemOf(code), "de")).not.toBe(
      describeArrivalFileProblem(problemOf(code), "en"),
    );
  });

  it("has texts for exactly the codes of the detail type", () => {
    expect(Object.keys(arrivalFileProblemTexts).sort()).toEqual([...codes].sort());
  });

  it("fills placeholders with numbers grouped as each language writes them", () => {
    const problem = new ArrivalFileProblem("too_many_rows", { maxRows: 100_000 });
    expect(describeArrivalFileProblem(problem, "de")).toBe(
      "Die Datei enthält mehr als 100.000 Datenzeilen. Bitte teilen Sie die Liste auf mehrere Dateien mit höchstens " +
        "100.000 Zeilen auf.",
    );
    expect(describeArrivalFileProblem(problem, "en")).toBe(
      "The file has more than 100,000 data rows. Please split the list into files of at most 100,000 rows.",
    );
  });

  it("names both columns of a duplicate heading", () => {
    expect(describeArrivalFileProblem(problemOf("header_duplicate"), "de")).toBe(
      "Die Spaltenüberschrift „Name“ kommt mehrfach vor: in Spalte 2 (B) und in Spalte 5 (E). Bitte benennen Sie " +
        "eine der Spalten um, damit jede Überschrift eindeutig ist.",
    );
  });

  it("tells the user what to do with an empty file", () => {
    expect(describeArrivalFileProblem(problemOf("file_empty"), "de")).toBe(
      "Die Datei ist leer. Bitte wählen Sie die exportierte Ankunftsliste aus.",
    );
  });

  it("is an Error with the English text, its code, detail and cause", () => {
    const cause = new Error("unexpected end of data");
    const problem = new ArrivalFileProblem("csv_unreadable", { line: 7 }, { cause });
    expect(problem).toBeInstanceOf(Error);
    expect(problem.name).toBe("ArrivalFileProblem");
    expect(problem.code).toBe("csv_unreadable");
    expect(problem.detail).toEqual({ line: 7 });
    expect(problem.cause).toBe(cause);
    expect(problem.message).toBe(
      'The CSV file cannot be read from line 7 on, probably because of a missing or extra quotation mark ("). ' +
        "Please check this line or export the list again.",
    );
  });

  it("shows limits in megabytes to one decimal place", () => {
    expect(toMegabytes(50 * 1024 * 1024)).toBe(50);
    expect(toMegabytes(1.25 * 1024 * 1024)).toBe(1.3);
    expect(toMegabytes(100)).toBe(0);
  });
});
