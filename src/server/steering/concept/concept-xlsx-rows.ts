import type { z } from "zod";
import {
  type TConceptStatementInput,
  ZConceptMeasureInput,
  ZConceptStatementInput,
  ZConceptSubGoalInput,
} from "../../../common/steering/concept-schemas.js";
import type { TMeasureFields } from "./concept-measures.js";
import type { TSubGoalFields } from "./concept-sub-goals.js";
import { SheetRowReader, type TOrganisationsByName } from "./concept-xlsx-cells.js";
import {
  conceptSheetNames,
  measureColumns,
  requiredHeaders,
  statementColumns,
  subGoalColumns,
  targetYearOf,
} from "./concept-xlsx-layout.js";
import type { ConceptImportProblems } from "./concept-xlsx-problems.js";
import type { TConceptWorkbookRows, TSheetRows } from "./concept-xlsx-read.js";

/**
 * The rows of a concept workbook as API inputs, each validated with the API's own zod schema; what needs the
 * database (fields of action, years, municipalities, parents) is checked in concept-xlsx-import.ts.
 */

export type TImportedStatement = { row: number; input: TConceptStatementInput };
export type TImportedSubGoal = {
  row: number;
  fieldOfActionCode: string;
  fields: TSubGoalFields;
  /** The heading of each target's column, in the order of `fields.targets`. */
  targetHeaders: string[];
};
export type TImportedMeasure = {
  row: number;
  fieldOfActionCode: string;
  subGoalNumber: number;
  fields: TMeasureFields;
};
/**
 * What every row names, valid or not, so that its parent and municipalities are checked even when another
 * of its cells is bad, and a child of a bad row is not also told its parent is missing.
 */
export type TImportedReferences = {
  statementCodes: Set<string>;
  subGoalKeys: Set<string>;
  subGoalRows: { row: number; fieldOfActionCode: string }[];
  measureRows: { row: number; fieldOfActionCode: string; subGoalNumber: number; municipalityAgs: string[] }[];
};
export type TImportedConcept = {
  statements: TImportedStatement[];
  subGoals: TImportedSubGoal[];
  measures: TImportedMeasure[];
  references: TImportedReferences;
};

export const subGoalKeyOf = (code: string, number: number) => `${code}/${number}`;

/** The column of a zod issue's path: the first segment names the field, or a list entry's own column. */
type TColumnOf = (path: PropertyKey[]) => string | undefined;

function validate<TSchema extends z.ZodType>(
  reader: SheetRowReader,
  schema: TSchema,
  candidate: unknown,
  columnOf: TColumnOf,
): z.output<TSchema> | null {
  const result = schema.safeParse(candidate, { reportInput: true });
  if (result.success) return reader.isBad ? null : result.data;
  for (const issue of result.error.issues) reader.reportIssue(columnOf(issue.path), issue);
  return null;
}

function checkHeaders(sheet: keyof typeof conceptSheetNames, rows: TSheetRows, problems: ConceptImportProblems) {
  const columns = { statements: statementColumns, subGoals: subGoalColumns, measures: measureColumns }[sheet];
  for (const header of requiredHeaders(columns)) {
    if (!rows.headers.includes(header)) {
      problems.add({ sheet: conceptSheetNames[sheet], row: 1, column: header }, "concept_import_column_missing");
    }
  }
}

/** Keys already seen in a sheet: the second row with the same key is a problem. */
function firstOnly(reader: SheetRowReader, seen: Set<string>, key: string, column: string): boolean {
  if (!seen.has(key)) {
    seen.add(key);
    return true;
  }
  reader.report(column, "concept_import_row_duplicate");
  return false;
}

function readStatements(
  rows: TSheetRows,
  problems: ConceptImportProblems,
  references: TImportedReferences,
): TImportedStatement[] {
  const c = statementColumns;
  const seen = new Set<string>();
  return rows.rows.flatMap((sheetRow) => {
    const reader = new SheetRowReader(conceptSheetNames.statements, sheetRow, problems);
    const code = reader.text(c.fieldOfActionCode.header);
    references.statementCodes.add(code);
    const candidate = {
      fieldOfActionCode: code,
      guidingPrinciple: reader.text(c.guidingPrinciple.header),
      challenges: reader.text(c.challenges.header),
    };
    const input = validate(reader, ZConceptStatementInput, candidate, ([field]) =>
      field === "fieldOfActionCode" || field === "guidingPrinciple" || field === "challenges"
        ? c[field].header
        : undefined,
    );
    if (!firstOnly(reader, seen, code, c.fieldOfActionCode.header) || input === null) return [];
    return [{ row: reader.row, input }];
  });
}

function readSubGoals(
  rows: TSheetRows,
  organisations: TOrganisationsByName,
  problems: ConceptImportProblems,
  references: TImportedReferences,
): TImportedSubGoal[] {
  const c = subGoalColumns;
  const targetHeaders = rows.headers.filter((header) => targetYearOf(header) !== null);
  const seen = new Set<string>();
  return rows.rows.flatMap((sheetRow) => {
    const reader = new SheetRowReader(conceptSheetNames.subGoals, sheetRow, problems);
    const code = reader.text(c.fieldOfActionCode.header);
    const number = reader.partNumber(c.number.header);
    references.subGoalRows.push({ row: reader.row, fieldOfActionCode: code });
    if (number !== null) references.subGoalKeys.add(subGoalKeyOf(code, number));
    const baselineValue = reader.number(c.baselineValue.header);
    const baselineYear = reader.number(c.baselineYear.header);
    const baselineSource = reader.text(c.baselineSource.header);
    const targets = targetHeaders.flatMap((header) => {
      const value = reader.number(header);
      return value === null ? [] : [{ header, year: targetYearOf(header) ?? 0, value }];
    });
    const candidate = {
      number: number ?? 1,
      title: reader.text(c.title.header),
      indicatorDescription: reader.text(c.indicatorDescription.header),
      indicatorKey: reader.text(c.indicatorKey.header) || null,
      indicatorUnit: reader.text(c.indicatorUnit.header),
      baseline:
        baselineValue === null && baselineYear === null && baselineSource === ""
          ? null
          : { value: baselineValue ?? undefined, year: baselineYear ?? undefined, source: baselineSource },
      targets: targets.map(({ year, value }) => ({ year, value })),
      responsibleOrganisationId: reader.organisation(c.responsibleOrganisation.header, organisations),
    };
    const fields = validate(reader, ZConceptSubGoalInput, candidate, ([field, index]) => {
      if (field === "baseline") {
        if (index === "year") return c.baselineYear.header;
        return index === "source" ? c.baselineSource.header : c.baselineValue.header;
      }
      if (field === "targets") return targets[Number(index)]?.header;
      if (field === "responsibleOrganisationId") return c.responsibleOrganisation.header;
      return typeof field === "string" && field in c ? c[field as keyof typeof c].header : undefined;
    });
    if (number === null || !firstOnly(reader, seen, subGoalKeyOf(code, number), c.number.header) || fields === null) {
      return [];
    }
    return [
      {
        row: reader.row,
        fieldOfActionCode: code,
        fields: { ...fields, number },
        targetHeaders: targets.map((target) => target.header),
      },
    ];
  });
}

function readMeasures(
  rows: TSheetRows,
  organisations: TOrganisationsByName,
  problems: ConceptImportProblems,
  references: TImportedReferences,
): TImportedMeasure[] {
  const c = measureColumns;
  const seen = new Set<string>();
  return rows.rows.flatMap((sheetRow) => {
    const reader = new SheetRowReader(conceptSheetNames.measures, sheetRow, problems);
    const code = reader.text(c.fieldOfActionCode.header);
    const subGoalNumber = reader.partNumber(c.subGoalNumber.header);
    const number = reader.partNumber(c.number.header);
    const municipalityAgs = reader.municipalityList(c.municipalityAgs.header);
    if (subGoalNumber !== null) {
      references.measureRows.push({ row: reader.row, fieldOfActionCode: code, subGoalNumber, municipalityAgs });
    }
    const candidate = {
      number: number ?? 1,
      title: reader.text(c.title.header),
      description: reader.text(c.description.header),
      responsibleOrganisationId: reader.organisation(c.responsibleOrganisation.header, organisations),
      partnerOrganisationIds: reader.organisationList(c.partnerOrganisations.header, organisations),
      otherPartners: reader.text(c.otherPartners.header),
      municipalityAgs,
      startsOn: reader.date(c.startsOn.header),
      endsOn: reader.date(c.endsOn.header),
      status: reader.status(c.status.header),
      budgetEur: reader.number(c.budgetEur.header),
      progressNotes: reader.text(c.progressNotes.header),
    };
    const fields = validate(reader, ZConceptMeasureInput, candidate, ([field]) => {
      if (field === "responsibleOrganisationId") return c.responsibleOrganisation.header;
      if (field === "partnerOrganisationIds") return c.partnerOrganisations.header;
      return typeof field === "string" && field in c ? c[field as keyof typeof c].header : undefined;
    });
    const key = `${code}/${subGoalNumber}/${number}`;
    if (subGoalNumber === null || number === null || !firstOnly(reader, seen, key, c.number.header)) return [];
    if (fields === null) return [];
    return [{ row: reader.row, fieldOfActionCode: code, subGoalNumber, fields: { ...fields, number } }];
  });
}

/** Every row of the workbook as an input; every problem is collected, none is thrown here but a missing column. */
export function readImportedConcept(
  workbook: TConceptWorkbookRows,
  organisations: TOrganisationsByName,
  problems: ConceptImportProblems,
): TImportedConcept {
  const statementRows = workbook[conceptSheetNames.statements];
  const subGoalRows = workbook[conceptSheetNames.subGoals];
  const measureRows = workbook[conceptSheetNames.measures];
  checkHeaders("statements", statementRows, problems);
  checkHeaders("subGoals", subGoalRows, problems);
  checkHeaders("measures", measureRows, problems);
  problems.throwIfAny();
  const references = {
    statementCodes: new Set<string>(),
    subGoalKeys: new Set<string>(),
    subGoalRows: [],
    measureRows: [],
  };
  return {
    statements: readStatements(statementRows, problems, references),
    subGoals: readSubGoals(subGoalRows, organisations, problems, references),
    measures: readMeasures(measureRows, organisations, problems, references),
    references,
  };
}
