import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-errors.js";
import {
  conceptExportPath,
  conceptImportPath,
  hasConceptImportChanges,
  summariseConceptImport,
  toConceptImportErrorRows,
} from "./concept-xlsx-import-result.js";

const unchanged = { added: 0, changed: 0, unchanged: 2 };

describe("concept xlsx import result", () => {
  it("names the export and the import", () => {
    expect(conceptExportPath("a b")).toBe("/api/steering/concept-periods/a%20b/export.xlsx");
    expect(conceptImportPath("p1", true)).toBe("/api/steering/concept-periods/p1/import?dryRun=true");
    expect(conceptImportPath("p1", false)).toBe("/api/steering/concept-periods/p1/import?dryRun=false");
  });

  it("sums up per part in the tree's order and tells whether anything would change", () => {
    const summary = {
      dryRun: true,
      statements: unchanged,
      subGoals: { added: 1, changed: 0, unchanged: 0 },
      measures: unchanged,
    };
    expect(summariseConceptImport(summary)).toEqual([
      { part: "statements", ...unchanged },
      { part: "subGoals", added: 1, changed: 0, unchanged: 0 },
      { part: "measures", ...unchanged },
    ]);
    expect(hasConceptImportChanges(summary)).toBe(true);
    expect(hasConceptImportChanges({ ...summary, subGoals: unchanged })).toBe(false);
  });

  it("lists a refused import's cells by sheet, then row; other failures are not rows", () => {
    const problem = {
      type: "urn:kommmit:problem:validation-failed",
      title: "Import abgelehnt",
      status: 422,
      errors: [
        { pointer: "/file/Teilziele/4/Einheit", sheet: "Teilziele", row: 4, column: "Einheit", code: "c", detail: "b" },
        {
          pointer: "/file/Teilziele/2/Teilziel",
          sheet: "Teilziele",
          row: 2,
          column: "Teilziel",
          code: "c",
          detail: "a",
        },
        { pointer: "/file/Maßnahmen/3/Ende", sheet: "Maßnahmen", row: 3, column: "Ende", code: "c", detail: "d" },
      ],
    };
    const rows = toConceptImportErrorRows(new ApiError(422, problem));
    expect(rows?.map((row) => [row.sheet, row.row, row.column, row.detail])).toEqual([
      ["Teilziele", 2, "Teilziel", "a"],
      ["Teilziele", 4, "Einheit", "b"],
      ["Maßnahmen", 3, "Ende", "d"],
    ]);
    expect(new Set(rows?.map((row) => row.key)).size).toBe(3);
    expect(toConceptImportErrorRows(new ApiError(422, { ...problem, errors: [] }))).toBeUndefined();
    expect(toConceptImportErrorRows(new ApiError(409, problem))).toBeUndefined();
    expect(toConceptImportErrorRows(new Error("x"))).toBeUndefined();
  });
});
