import { describe, expect, it } from "vitest";
import { detectCsvDelimiter, readCsv } from "./read-csv.js";
import { problemOf } from "./test-files.js";

describe("detectCsvDelimiter", () => {
  it.each([
    ["Name;Vorname;Ort\nA;B;C", ";"],
    ["Name,Vorname,Ort\nA;B;C", ","],
    ["Name\tVorname\tOrt", "\t"],
    // Delimiters inside quotes are content, also across a line break inside quotes.
    ['"Name; Vorname";"Ort; Kreis"\n', ";"],
    ['"Name; Vorname","Ort;\nKreis",Land\n', ","],
    // Blank lines before the header do not count, not even the tabs in them.
    ["\n \t\t\r\nName,Vorname\n", ","],
    // A comma in a heading does not beat the semicolons of a German export.
    ["Name, Vorname;Ort\n", ";"],
    ["Name\n", ";"],
  ])("finds the delimiter of %j", (text, delimiter) => {
    expect(detectCsvDelimiter(text)).toBe(delimiter);
  });
});

describe("readCsv", () => {
  it("reads a semicolon CSV with CRLF line ends and ignores trailing empty lines", () => {
    expect(
      readCsv("Name;Vorname;Geburtsdatum\r\nMüller;Anna;17.05.1990\r\nÖztürk;Ali;01.01.2001\r\n\r\n\r\n", 10),
    ).toEqual({
      delimiter: ";",
      headers: ["Name", "Vorname", "Geburtsdatum"],
      rows: [
        { rowNumber: 2, cells: ["Müller", "Anna", "17.05.1990"] },
        { rowNumber: 3, cells: ["Öztürk", "Ali", "01.01.2001"] },
      ],
    });
  });

  it("reads a comma CSV with LF line ends", () => {
    expect(readCsv('Name,Ort\nKowalski,"Melle, Stadt"\n', 10)).toEqual({
      delimiter: ",",
      headers: ["Name", "Ort"],
      rows: [{ rowNumber: 2, cells: ["Kowalski", "Melle, Stadt"] }],
    });
  });

  it("reads a tab-separated file and keeps empty cells", () => {
    expect(readCsv("Name\tVorname\tOrt\nAdams\t\tBramsche\n\tBen\t\n", 10)).toEqual({
      delimiter: "\t",
      headers: ["Name", "Vorname", "Ort"],
      rows: [
        { rowNumber: 2, cells: ["Adams", "", "Bramsche"] },
        { rowNumber: 3, cells: ["", "Ben", ""] },
      ],
    });
  });

  it("reads quoted cells with delimiters, doubled quotes and line breaks; a multi-line cell is one row", () => {
    const text = 'Name;Bemerkung;Ort\r\n"Nowak";"Zimmer 3; 2. OG\r\nbei ""Familie"" Meyer";Melle\r\nSchulz;;Bohmte\r\n';
    expect(readCsv(text, 10).rows).toEqual([
      { rowNumber: 2, cells: ["Nowak", 'Zimmer 3; 2. OG\r\nbei "Familie" Meyer', "Melle"] },
      { rowNumber: 3, cells: ["Schulz", "", "Bohmte"] },
    ]);
  });

  it("keeps ragged rows as they were written", () => {
    expect(readCsv("A;B;C\n1;2\n1;2;3;4;\n5\n", 10).rows).toEqual([
      { rowNumber: 2, cells: ["1", "2"] },
      { rowNumber: 3, cells: ["1", "2", "3", "4", ""] },
      { rowNumber: 4, cells: ["5"] },
    ]);
  });

  it("trims cells, also around and inside quotes", () => {
    expect(readCsv('Name ; Ort\n  Ada  ;  " Bad Essen "  \n', 10)).toEqual({
      delimiter: ";",
      headers: ["Name", "Ort"],
      rows: [{ rowNumber: 2, cells: ["Ada", "Bad Essen"] }],
    });
  });

  it("never interprets values", () => {
    expect(readCsv("PLZ;Betrag;Datum;Wert\n01067;1.234,50;2024-01-31;=1+1\n", 10).rows[0]?.cells).toEqual([
      "01067",
      "1.234,50",
      "2024-01-31",
      "=1+1",
    ]);
  });

  it("keeps a stray quote inside an unquoted value", () => {
    expect(readCsv('Name;Rufname\nMax "Mo" Muster;Mo\n', 10).rows[0]?.cells).toEqual(['Max "Mo" Muster', "Mo"]);
  });

  it("skips empty rows in the middle but counts them, like Excel's row numbers", () => {
    expect(readCsv("\r\nName\r\n\r\n;;\r\nAda\r\n", 10)).toEqual({
      delimiter: ";",
      headers: ["Name"],
      rows: [{ rowNumber: 5, cells: ["Ada"] }],
    });
  });

  it("accepts mixed line ends", () => {
    expect(readCsv("Name;Ort\r\nAda;Melle\nBen;Bohmte\rCem;Hunteburg\r\n", 10).rows).toEqual([
      { rowNumber: 2, cells: ["Ada", "Melle"] },
      { rowNumber: 3, cells: ["Ben", "Bohmte"] },
      { rowNumber: 4, cells: ["Cem", "Hunteburg"] },
    ]);
  });

  it("reads a header without rows", () => {
    expect(readCsv("Name;Vorname\r\n", 10)).toEqual({ delimiter: ";", headers: ["Name", "Vorname"], rows: [] });
  });

  it("reports an unclosed quote at the line where its field starts", () => {
    const problem = problemOf(() =>
      readCsv('Name;Ort\nAda;Melle\nBen;"Bohmte\nCem;Hunteburg\nDora;Ostercappeln\n', 10),
    );
    expect(problem.code).toBe("csv_unreadable");
    expect(problem.detail).toEqual({ line: 3 });
  });

  it("reports text after a closing quote at its line", () => {
    const problem = problemOf(() => readCsv('Name;Ort\n"Ada\nLovelace";Melle\nBen;"Bohmte"x\n', 10));
    expect(problem.code).toBe("csv_unreadable");
    expect(problem.detail).toEqual({ line: 4 });
  });

  it("refuses more data rows than allowed", () => {
    const problem = problemOf(() => readCsv("Name\n1\n2\n3\n4\n", 3));
    expect(problem.code).toBe("too_many_rows");
    expect(problem.detail).toEqual({ maxRows: 3 });
    expect(readCsv("Name\n1\n2\n3\n", 3).rows).toHaveLength(3);
  });

  it("refuses a duplicate heading", () => {
    expect(problemOf(() => readCsv("Name;Ort;Name\n", 10)).code).toBe("header_duplicate");
  });

  it("refuses a blank heading between named columns", () => {
    expect(problemOf(() => readCsv("Name;;Ort\n", 10)).detail).toEqual({ column: 2, columnLetter: "B" });
  });
});
