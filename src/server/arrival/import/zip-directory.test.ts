import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildStoredZip } from "./test-files.js";
import { readZipDirectory } from "./zip-directory.js";

async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Liste").addRow(["Name", "Vorname"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readZipDirectory", () => {
  it("lists the entries and their unpacked size", () => {
    const zip = buildStoredZip([
      { name: "mimetype", content: "application/vnd.oasis.opendocument.spreadsheet" },
      { name: "/content.xml", content: "<office:document-content/>" },
    ]);
    expect(readZipDirectory(zip)).toEqual({ names: ["mimetype", "content.xml"], unpackedBytes: 46 + 26 });
  });

  it("reads the directory of a workbook written by exceljs", async () => {
    const bytes = await smallWorkbook();
    const directory = readZipDirectory(bytes);
    if (directory === null || directory === "zip64") throw new Error("expected a directory");
    expect(directory.names).toContain("xl/workbook.xml");
    expect(directory.names).toContain("xl/worksheets/sheet1.xml");
    // Deflated XML unpacks to more than the archive's size.
    expect(directory.unpackedBytes).toBeGreaterThan(bytes.byteLength);
  });

  it("gives null for a cut-off archive", async () => {
    const bytes = await smallWorkbook();
    expect(readZipDirectory(bytes.subarray(0, bytes.byteLength - 30))).toBeNull();
    expect(readZipDirectory(bytes.subarray(0, 10))).toBeNull();
  });

  it("gives null when the directory points outside the archive", () => {
    const zip = buildStoredZip([{ name: "a.txt", content: "a" }]);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(zip.byteLength - 6, zip.byteLength, true);
    expect(readZipDirectory(zip)).toBeNull();
  });

  it("gives null for bytes that are no archive", () => {
    expect(readZipDirectory(new TextEncoder().encode("Name;Vorname\nAda;Lovelace\n"))).toBeNull();
  });

  it('answers "zip64" for ZIP64 archives, whose records it does not follow', () => {
    const zip = buildStoredZip([{ name: "a.txt", content: "a" }]);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint16(zip.byteLength - 12, 0xffff, true);
    expect(readZipDirectory(zip)).toBe("zip64");
  });
});
