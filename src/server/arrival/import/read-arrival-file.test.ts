import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { describeArrivalFileProblem } from "./arrival-file-problems.js";
import { readArrivalFile } from "./read-arrival-file.js";
import { buildStoredZip, problemOfReading, utf8 } from "./test-files.js";

async function workbookWith(rows: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Liste").addRows(rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readArrivalFile: formats and encodings", () => {
  it("reads a UTF-8 CSV with byte order mark", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Name;Ort\r\nMüller;Melle\r\n")]);
    expect(await readArrivalFile(bytes)).toEqual({
      format: "csv",
      encoding: "utf-8-bom",
      delimiter: ";",
      headers: ["Name", "Ort"],
      rows: [{ rowNumber: 2, cells: ["Müller", "Melle"] }],
    });
  });

  it("reads a Windows-1252 CSV from an older system", async () => {
    // Name;Straße\r\nMüller;Hauptstraße 1\r\n
    const bytes = Buffer.from([
      0x4e, 0x61, 0x6d, 0x65, 0x3b, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x0d, 0x0a, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72,
      0x3b, 0x48, 0x61, 0x75, 0x70, 0x74, 0x73, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20, 0x31, 0x0d, 0x0a,
    ]);
    const file = await readArrivalFile(bytes);
    expect(file.encoding).toBe("windows-1252");
    expect(file.headers).toEqual(["Name", "Straße"]);
    expect(file.rows).toEqual([{ rowNumber: 2, cells: ["Müller", "Hauptstraße 1"] }]);
  });

  it("reads Excel's Unicode text: UTF-16LE with byte order mark, tab-separated", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Name\tOrt\r\nÖztürk\tBohmte\r\n", "utf16le")]);
    const file = await readArrivalFile(bytes);
    expect([file.encoding, file.delimiter]).toEqual(["utf-16le-bom", "\t"]);
    expect(file.rows).toEqual([{ rowNumber: 2, cells: ["Öztürk", "Bohmte"] }]);
  });

  it("tells the format by content, not by file name", async () => {
    const workbook = await workbookWith([["Name"], ["Ada"]]);
    expect(await readArrivalFile(workbook, { fileName: "liste.csv" })).toEqual({
      format: "xlsx",
      encoding: null,
      delimiter: null,
      headers: ["Name"],
      rows: [{ rowNumber: 2, cells: ["Ada"] }],
    });
    expect((await readArrivalFile(utf8("Name,Ort\nAda,Melle\n"), { fileName: "liste.xlsx" })).format).toBe("csv");
  });

  it("reads a header without rows, which is not a problem", async () => {
    expect((await readArrivalFile(utf8("Name;Vorname\n"))).rows).toEqual([]);
  });
});

describe("readArrivalFile: problems", () => {
  it.each([
    ["nothing", new Uint8Array(0)],
    ["only whitespace", utf8("  \r\n\t\n\n")],
    ["only a byte order mark", Uint8Array.from([0xef, 0xbb, 0xbf])],
  ])("calls a file with %s empty", async (_, bytes) => {
    const problem = await problemOfReading(readArrivalFile(bytes));
    expect(problem.code).toBe("file_empty");
    expect(describeArrivalFileProblem(problem, "de")).toBe(
      "Die Datei ist leer. Bitte wählen Sie die exportierte Ankunftsliste aus.",
    );
  });

  it("refuses a file beyond the size limit before reading it", async () => {
    const problem = await problemOfReading(readArrivalFile(utf8("Name\nAda\n"), { maxBytes: 8 }));
    expect(problem.code).toBe("file_too_large");
    expect(problem.detail).toEqual({ maxBytes: 8, maxMegabytes: 0 });
  });

  it("refuses an old Excel file (.xls) with the hint to save it as .xlsx or CSV", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const problem = await problemOfReading(readArrivalFile(ole, { fileName: "ankuenfte.xls" }));
    expect(problem.code).toBe("unsupported_format");
    expect(problem.detail).toEqual({ detected: "xls" });
    expect(problem.fileName).toBe("ankuenfte.xls");
    expect(describeArrivalFileProblem(problem, "de")).toContain("„Excel-Arbeitsmappe (*.xlsx)“");
  });

  it.each([
    ["a PDF", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "pdf"],
    [
      "a PNG image",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      "binary",
    ],
    ["an HTML table saved as .xls", utf8("\r\n<html><body><table><tr><td>Name</td></tr></table>"), "markup"],
    [
      "SpreadsheetML",
      utf8('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'),
      "markup",
    ],
    ["a Word document", buildStoredZip([{ name: "word/document.xml", content: "<w:document/>" }]), "zip"],
  ])("refuses %s as an unsupported format", async (_, bytes, detected) => {
    const problem = await problemOfReading(readArrivalFile(bytes));
    expect(problem.code).toBe("unsupported_format");
    expect(problem.detail).toEqual({ detected });
  });

  it("refuses a cut-off XLSX as unreadable", async () => {
    const bytes = await workbookWith([
      ["Name", "Ort"],
      ["Ada", "Melle"],
    ]);
    const problem = await problemOfReading(readArrivalFile(bytes.subarray(0, bytes.byteLength - 100)));
    expect(problem.code).toBe("xlsx_unreadable");
  });

  it("refuses a CSV with an unclosed quote, naming the line", async () => {
    const problem = await problemOfReading(readArrivalFile(utf8('Name;Ort\nAda;Melle\nBen;"Bohmte\nCem;Hunteburg\n')));
    expect(problem.code).toBe("csv_unreadable");
    expect(describeArrivalFileProblem(problem, "de")).toContain("ab Zeile 3 nicht gelesen");
  });

  it("refuses a duplicate heading and a blank heading between named columns", async () => {
    expect((await problemOfReading(readArrivalFile(utf8("Name;Ort;Name\n")))).code).toBe("header_duplicate");
    const blank = await problemOfReading(readArrivalFile(await workbookWith([["Name", "", "Ort"]])));
    expect(blank.code).toBe("header_empty");
    expect(blank.detail).toEqual({ column: 2, columnLetter: "B" });
  });

  it("reports a missing header when rows hold only delimiters", async () => {
    expect((await problemOfReading(readArrivalFile(utf8(";;\n;;\n")))).code).toBe("header_missing");
  });

  it("refuses 4 data rows when 3 are allowed, in CSV and XLSX", async () => {
    const rows = [["Name"], ["a"], ["b"], ["c"], ["d"]];
    const csv = await problemOfReading(
      readArrivalFile(utf8(rows.map((row) => row.join(";")).join("\n")), { maxRows: 3 }),
    );
    const xlsx = await problemOfReading(readArrivalFile(await workbookWith(rows), { maxRows: 3 }));
    for (const problem of [csv, xlsx]) {
      expect(problem.code).toBe("too_many_rows");
      expect(problem.detail).toEqual({ maxRows: 3 });
    }
  });
});

describe("readArrivalFile: a large CSV", () => {
  it("reads 100,000 rows of 12 columns", async () => {
    const columns = 12;
    const header = Array.from({ length: columns }, (_, column) => `Spalte ${column + 1}`);
    const lines = [header.join(";")];
    for (let row = 1; row <= 100_000; row += 1) {
      lines.push(Array.from({ length: columns }, (_, column) => `"Müller ${row}; ${column + 1}"`).join(";"));
    }
    const file = await readArrivalFile(utf8(`${lines.join("\r\n")}\r\n`));
    expect(file.headers).toEqual(header);
    expect(file.rows).toHaveLength(100_000);
    expect(file.rows[49_999]).toEqual({
      rowNumber: 50_001,
      cells: Array.from({ length: columns }, (_, column) => `Müller 50000; ${column + 1}`),
    });
    expect(file.rows.at(-1)).toEqual({
      rowNumber: 100_001,
      cells: Array.from({ length: columns }, (_, column) => `Müller 100000; ${column + 1}`),
    });
  });
});
