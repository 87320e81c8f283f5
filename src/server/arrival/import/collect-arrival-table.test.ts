import { describe, expect, it } from "vitest";
import { ArrivalTableCollector, checkHeaders, columnLetter } from "./collect-arrival-table.js";
import { problemOf } from "./test-files.js";

describe("columnLetter", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
  ])("names column %i %s", (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
  });
});

describe("checkHeaders", () => {
  it("trims headings and drops blank cells after the last heading", () => {
    expect(checkHeaders([" Name ", "Vorname", "\u00a0Geburtsdatum", "", "  "])).toEqual([
      "Name",
      "Vorname",
      "Geburtsdatum",
    ]);
  });

  it("refuses a blank heading between named columns, with its position", () => {
    const problem = problemOf(() => checkHeaders(["Name", "Vorname", " ", "Geburtsdatum"]));
    expect(problem.code).toBe("header_empty");
    expect(problem.detail).toEqual({ column: 3, columnLetter: "C" });
  });

  it("refuses a blank first heading", () => {
    expect(problemOf(() => checkHeaders(["", "Name"])).detail).toEqual({ column: 1, columnLetter: "A" });
  });

  it("refuses a heading that occurs twice, whatever its case", () => {
    const problem = problemOf(() => checkHeaders(["Name", "Vorname", "Ort", "NAME"]));
    expect(problem.code).toBe("header_duplicate");
    expect(problem.detail).toEqual({
      name: "NAME",
      column: 4,
      columnLetter: "D",
      firstColumn: 1,
      firstColumnLetter: "A",
    });
  });
});

describe("ArrivalTableCollector", () => {
  it("takes the first non-empty row as header and skips empty rows, keeping row numbers", () => {
    const collector = new ArrivalTableCollector(10);
    collector.add(1, ["", " "]);
    collector.add(2, ["Name", "Ort"]);
    collector.add(3, ["Ada", "Bramsche"]);
    collector.add(4, ["", ""]);
    collector.add(5, ["Ben"]);
    expect(collector.finish()).toEqual({
      headers: ["Name", "Ort"],
      rows: [
        { rowNumber: 3, cells: ["Ada", "Bramsche"] },
        { rowNumber: 5, cells: ["Ben"] },
      ],
    });
  });

  it("accepts a header without rows", () => {
    const collector = new ArrivalTableCollector(10);
    collector.add(1, ["Name"]);
    expect(collector.finish()).toEqual({ headers: ["Name"], rows: [] });
  });

  it("reports a missing header when every row is empty", () => {
    const collector = new ArrivalTableCollector(10);
    collector.add(1, [""]);
    expect(problemOf(() => collector.finish()).code).toBe("header_missing");
  });

  it("stops at the first row beyond the limit", () => {
    const collector = new ArrivalTableCollector(2);
    collector.add(1, ["Name"]);
    collector.add(2, ["a"]);
    collector.add(3, [""]);
    collector.add(4, ["b"]);
    const problem = problemOf(() => collector.add(5, ["c"]));
    expect(problem.code).toBe("too_many_rows");
    expect(problem.detail).toEqual({ maxRows: 2 });
  });
});
