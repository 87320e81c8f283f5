import ExcelJS, { type Worksheet } from "exceljs";
import type { TConceptPeriod } from "../../../common/steering/concept-view-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { fieldsOfAction } from "../../platform/reference/reference-tables.js";
import type { TConceptCaller } from "./concept-caller.js";
import { readPeriod } from "./concept-records.js";
import {
  conceptSheetNames,
  listSeparator,
  measureColumns,
  measureStatusLabels,
  statementColumns,
  subGoalColumns,
  targetColumnWidth,
  targetHeader,
} from "./concept-xlsx-layout.js";

type TCellValue = string | number | Date | null;
type TSheetColumn = { header: string; width: number };

function yearsOf(period: TConceptPeriod): number[] {
  return Array.from({ length: period.endYear - period.startYear + 1 }, (_, index) => period.startYear + index);
}

/** A date of the API (YYYY-MM-DD) as a date cell, midnight UTC, which exceljs stores without a time zone. */
function dateCell(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}T00:00:00Z`);
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: TSheetColumn[], rows: TCellValue[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

function formatColumns(sheet: Worksheet, formats: Record<number, string>) {
  for (const [column, numFmt] of Object.entries(formats)) sheet.getColumn(Number(column)).numFmt = numFmt;
}

/** The latest change to the period or any of its parts: the workbook's date, so the same data gives the same file. */
function lastChangeOf(period: TConceptPeriod): Date {
  const stamps = [period.updatedAt];
  for (const statement of period.statements) {
    stamps.push(statement.updatedAt);
    for (const subGoal of statement.subGoals) {
      stamps.push(subGoal.updatedAt, ...subGoal.measures.map((measure) => measure.updatedAt));
    }
  }
  return new Date(Math.max(...stamps.map((stamp) => Date.parse(stamp))));
}

/** The period as a workbook in the layout of concept-xlsx-layout.ts; organisations by name, municipalities by AGS. */
export async function buildConceptWorkbook(period: TConceptPeriod, fieldNames: Map<string, string>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "KommMit";
  workbook.title = period.name;
  workbook.created = lastChangeOf(period);
  workbook.modified = workbook.created;
  const years = yearsOf(period);
  const statements = period.statements;

  addSheet(
    workbook,
    conceptSheetNames.statements,
    Object.values(statementColumns),
    statements.map((statement) => [
      statement.fieldOfActionCode,
      fieldNames.get(statement.fieldOfActionCode) ?? null,
      statement.guidingPrinciple,
      statement.challenges,
    ]),
  );

  const { responsibleOrganisation, ...subGoalHead } = subGoalColumns;
  const subGoalSheet = addSheet(
    workbook,
    conceptSheetNames.subGoals,
    [
      ...Object.values(subGoalHead),
      ...years.map((year) => ({ header: targetHeader(year), width: targetColumnWidth })),
      responsibleOrganisation,
    ],
    statements.flatMap((statement) =>
      statement.subGoals.map((subGoal) => [
        statement.fieldOfActionCode,
        subGoal.number,
        subGoal.title,
        subGoal.indicatorDescription,
        subGoal.indicatorKey,
        subGoal.indicatorUnit,
        subGoal.baseline?.value ?? null,
        subGoal.baseline?.year ?? null,
        subGoal.baseline?.source ?? null,
        ...years.map((year) => subGoal.targets.find((target) => target.year === year)?.value ?? null),
        subGoal.responsibleOrganisation?.name ?? null,
      ]),
    ),
  );
  formatColumns(subGoalSheet, { 8: "0" });

  const measureSheet = addSheet(
    workbook,
    conceptSheetNames.measures,
    Object.values(measureColumns),
    statements.flatMap((statement) =>
      statement.subGoals.flatMap((subGoal) =>
        subGoal.measures.map((measure) => [
          statement.fieldOfActionCode,
          subGoal.number,
          measure.number,
          measure.title,
          measure.description,
          measure.responsibleOrganisation?.name ?? null,
          measure.partnerOrganisations.map((partner) => partner.name).join(listSeparator) || null,
          measure.otherPartners,
          measure.municipalityAgs.join(listSeparator) || null,
          dateCell(measure.startsOn),
          dateCell(measure.endsOn),
          measureStatusLabels[measure.status],
          measure.budgetEur,
          measure.progressNotes,
        ]),
      ),
    ),
  );
  formatColumns(measureSheet, { 10: "yyyy-mm-dd", 11: "yyyy-mm-dd", 13: "#,##0.00" });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A file name from the period's name: letters, digits, dashes and underscores; the rest becomes "_". */
export function exportFileNameOf(period: { name: string }): string {
  const stem = period.name
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}_-]+/gu, "_")
    .replace(/^_+|_+$/g, "");
  return `${stem || "Integrationskonzept"}.xlsx`;
}

/** The period in reach of "read" as a workbook, and the name to save it under. */
export async function exportPeriodWorkbook(db: TDbExecutor, caller: TConceptCaller, id: string) {
  const period = await readPeriod(db, caller, id);
  const fields = await db.select({ code: fieldsOfAction.code, name: fieldsOfAction.nameDe }).from(fieldsOfAction);
  const bytes = await buildConceptWorkbook(period, new Map(fields.map((field) => [field.code, field.name])));
  return { bytes, fileName: exportFileNameOf(period) };
}
