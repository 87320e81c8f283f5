import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx } from "./read-xlsx.js";
import { buildStoredZip, problemOfReading } from "./test-files.js";

const limits = { maxRows: 100, maxUnpackedBytes: 10 * 1024 * 1024 };

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Every kind of cell an export or a hand-edited list can hold. */
async function arrivalWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Ankünfte");
  sheet.addRow(["Name", "Geburtsdatum", "Summe", "Ohne Ergebnis", "Unterkunft", "Zimmer", "Begleitet", "PLZ"]);
  sheet.addRow([
    { richText: [{ text: "Mül" }, { text: "ler", font: { bold: true } }] },
    new Date(Date.UTC(1990, 4, 17)),
    { formula: "1+1", result: 2 },
    { formula: "A2&B2" },
    "Haus Sonne",
    null,
    true,
    1067,
  ]);
  sheet.addRow([
    { text: "Nowak", hyperlink: "https://example.org/nowak" },
    new Date(Date.UTC(2024, 0, 2, 14, 30)),
    12345,
    1.5,
    null,
    "3b",
    false,
    49565,
  ]);
  sheet.getCell("B2").numFmt = "dd.mm.yyyy";
  sheet.getCell("B3").numFmt = "dd.mm.yyyy hh:mm";
  sheet.getCell("H2").numFmt = "00000";
  // The accommodation spans two rows and two columns; only its top-left cell holds the value.
  sheet.mergeCells("E2:F3");
  // Formatted but empty cells beyond the data and below it do not make columns or rows.
  sheet.getCell("K2").numFmt = "0.00";
  sheet.getCell("A9").numFmt = "0.00";
  return bytesOf(workbook);
}

describe("readXlsx", () => {
  it("reads every kind of cell as the text a user expects", async () => {
    expect(await readXlsx(await arrivalWorkbook(), limits)).toEqual({
      headers: ["Name", "Geburtsdatum", "Summe", "Ohne Ergebnis", "Unterkunft", "Zimmer", "Begleitet", "PLZ"],
      rows: [
        { rowNumber: 2, cells: ["Müller", "1990-05-17", "2", "", "Haus Sonne", "", "true", "01067"] },
        { rowNumber: 3, cells: ["Nowak", "2024-01-02T14:30", "12345", "1.5", "", "", "false", "49565"] },
      ],
    });
  });

  it("takes the first visible worksheet with data and keeps the sheet's row numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Versteckt", { state: "hidden" }).addRow(["Geheim"]);
    workbook.addWorksheet("Leer");
    const list = workbook.addWorksheet("Liste");
    list.getCell("A3").value = "Name";
    list.getCell("B3").value = "Ort";
    list.getCell("A5").value = "Ada";
    list.getCell("B6").value = "Melle";
    list.getCell("C7").value = "Notiz ohne Überschrift";
    workbook.addWorksheet("Später").addRow(["Anderes"]);
    expect(await readXlsx(await bytesOf(workbook), limits)).toEqual({
      headers: ["Name", "Ort"],
      rows: [
        { rowNumber: 5, cells: ["Ada", "", ""] },
        { rowNumber: 6, cells: ["", "Melle", ""] },
        { rowNumber: 7, cells: ["", "", "Notiz ohne Überschrift"] },
      ],
    });
  });

  it("reports a workbook without a visible worksheet with data", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Versteckt", { state: "veryHidden" }).addRow(["Name"]);
    workbook.addWorksheet("Leer").getCell("A1").numFmt = "0.00";
    expect((await problemOfReading(readXlsx(await bytesOf(workbook), limits))).code).toBe("xlsx_no_worksheet");
  });

  it("refuses a cut-off workbook as unreadable", async () => {
    const bytes = await arrivalWorkbook();
    const problem = await problemOfReading(readXlsx(bytes.subarray(0, Math.floor(bytes.byteLength / 2)), limits));
    expect(problem.code).toBe("xlsx_unreadable");
  });

  it("refuses a workbook whose parts are not what they claim", async () => {
    const bytes = buildStoredZip([
      { name: "[Content_Types].xml", content: "<Types" },
      { name: "xl/workbook.xml", content: "<workbook><sheets><sheet" },
    ]);
    const problem = await problemOfReading(readXlsx(bytes, limits));
    expect(problem.code).toBe("xlsx_unreadable");
    expect(problem.cause).toBeInstanceOf(Error);
  });

  it("refuses archives that are no Excel workbook", async () => {
    const openDocument = buildStoredZip([
      { name: "mimetype", content: "application/vnd.oasis.opendocument.spreadsheet" },
      { name: "content.xml", content: "<office:document-content/>" },
    ]);
    const word = buildStoredZip([{ name: "word/document.xml", content: "<w:document/>" }]);
    expect((await problemOfReading(readXlsx(openDocument, limits))).detail).toEqual({ detected: "ods" });
    expect((await problemOfReading(readXlsx(word, limits))).detail).toEqual({ detected: "zip" });
  });

  it("refuses a workbook that unpacks beyond the limit before loading it", async () => {
    const problem = await problemOfReading(readXlsx(await arrivalWorkbook(), { maxRows: 100, maxUnpackedBytes: 1024 }));
    expect(problem.code).toBe("xlsx_too_large");
    expect(problem.detail).toEqual({ maxUnpackedBytes: 1024, maxMegabytes: 0 });
  });

  it("refuses more data rows than allowed", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Liste").addRows([["Name"], ["a"], ["b"], ["c"], ["d"]]);
    const bytes = await bytesOf(workbook);
    const problem = await problemOfReading(readXlsx(bytes, { ...limits, maxRows: 3 }));
    expect(problem.code).toBe("too_many_rows");
    expect(problem.detail).toEqual({ maxRows: 3 });
    expect((await readXlsx(bytes, { ...limits, maxRows: 4 })).rows).toHaveLength(4);
  });
});
