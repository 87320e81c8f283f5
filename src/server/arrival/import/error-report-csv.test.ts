import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseSpreadsheetFormula, writeErrorReportCsv } from "./error-report-csv.js";

describe("neutraliseSpreadsheetFormula", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ["+1+1", "'+1+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
  ])("prefixes %j with an apostrophe", (cell, neutralised) => {
    expect(neutraliseSpreadsheetFormula(cell)).toBe(neutralised);
  });

  it.each(["Müller", "a=b", "01067", "", "'=1"])("leaves %j alone", (cell) => {
    expect(neutraliseSpreadsheetFormula(cell)).toBe(cell);
  });
});

describe("writeErrorReportCsv", () => {
  const headers = ["Name", "Bemerkung", "=Spalte"];
  const rows = [
    { rowNumber: 2, cells: ['=HYPERLINK("http://x","y")', "+1+1", "-2"], errors: ["Name fehlt"] },
    { rowNumber: 7, cells: ["@SUM(A1)", "Zimmer 3; 2. OG\nbei Meyer"], errors: ["-Ort fehlt", "Datum ungültig"] },
    { rowNumber: 9, cells: ["Ada", "x", "y", "überzählig"], errors: ["Zu viele Zellen"] },
  ];

  it("writes Zeile, the headers and Fehler, with every cell neutralised and quoted where needed", () => {
    expect(writeErrorReportCsv(headers, rows)).toBe(
      "Zeile;Name;Bemerkung;'=Spalte;Fehler\r\n" +
        '2;"\'=HYPERLINK(""http://x"",""y"")";\'+1+1;\'-2;Name fehlt\r\n' +
        "7;'@SUM(A1);\"Zimmer 3; 2. OG\nbei Meyer\";;'-Ort fehlt | Datum ungültig\r\n" +
        "9;Ada;x;y;Zu viele Zellen\r\n",
    );
  });

  it("gives a file that a CSV reader splits into the same columns", () => {
    const records = parse(writeErrorReportCsv(headers, rows), { delimiter: ";" });
    expect(records).toEqual([
      ["Zeile", "Name", "Bemerkung", "'=Spalte", "Fehler"],
      ["2", '\'=HYPERLINK("http://x","y")', "'+1+1", "'-2", "Name fehlt"],
      ["7", "'@SUM(A1)", "Zimmer 3; 2. OG\nbei Meyer", "", "'-Ort fehlt | Datum ungültig"],
      ["9", "Ada", "x", "y", "Zu viele Zellen"],
    ]);
  });

  it("writes only the header line when no row failed", () => {
    expect(writeErrorReportCsv(["Name"], [])).toBe("Zeile;Name;Fehler\r\n");
  });
});
