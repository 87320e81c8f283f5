import ExcelJS from "exceljs";
import {
  conceptSheetNames,
  measureColumns,
  statementColumns,
  subGoalColumns,
  targetHeader,
} from "./concept-xlsx-layout.js";

type TCell = string | number | null;

/** The headings of the export's layout; targets for the given years, 2018–2022 unless told. */
function headersOf(sheet: string, targetYears: number[]): string[] {
  if (sheet === conceptSheetNames.statements) return Object.values(statementColumns).map((column) => column.header);
  if (sheet === conceptSheetNames.measures) return Object.values(measureColumns).map((column) => column.header);
  const { responsibleOrganisation, ...head } = subGoalColumns;
  return [
    ...Object.values(head).map((column) => column.header),
    ...targetYears.map(targetHeader),
    responsibleOrganisation.header,
  ];
}

/** A workbook in the export's layout with the given rows under each sheet's headings. */
export async function buildTestWorkbook(
  rows: Record<string, TCell[][]>,
  { targetYears = [2018, 2019, 2020, 2021, 2022] }: { targetYears?: number[] } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, sheetRows] of Object.entries(rows)) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(headersOf(name, targetYears));
    for (const row of sheetRows) sheet.addRow(row.map((cell) => (cell === "" ? null : cell)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet's cell values row by row, as wide as its heading row, empty cells as null. */
export function sheetValues(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const width = sheet.getRow(1).cellCount;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: width }, (_, index) => row.getCell(index + 1).value ?? null));
  });
  return rows;
}
