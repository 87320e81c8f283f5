import { isDeepStrictEqual } from "node:util";
import { eq } from "drizzle-orm";
import type { TConceptImportSummary } from "../../../common/steering/concept-view-schemas.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import type { TApiLanguage } from "../../platform/http/request-language.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import type { TConceptCaller } from "./concept-caller.js";
import { insertMeasure, isMeasureUnchanged, writeMeasureChange } from "./concept-measures.js";
import { readPeriod } from "./concept-records.js";
import { checkFieldOfAction, checkMunicipalities, checkYears } from "./concept-references.js";
import { findWritablePeriod, type TPeriodRow } from "./concept-rows.js";
import {
  insertStatement,
  statementSnapshotOf,
  type TStatementRow,
  writeStatementChange,
} from "./concept-statements.js";
import { insertSubGoal, isSubGoalUnchanged, type TSubGoalRow, writeSubGoalChange } from "./concept-sub-goals.js";
import { conceptStatements, conceptSubGoals } from "./concept-tables.js";
import { organisationKeyOf, type TOrganisationsByName } from "./concept-xlsx-cells.js";
import { conceptSheetNames, measureColumns, statementColumns, subGoalColumns } from "./concept-xlsx-layout.js";
import { ConceptImportProblems } from "./concept-xlsx-problems.js";
import { readConceptWorkbook } from "./concept-xlsx-read.js";
import { readImportedConcept, subGoalKeyOf, type TImportedConcept } from "./concept-xlsx-rows.js";

/**
 * Imports a concept workbook into a period (docs/steering.md, "Import and export"): every row is checked
 * first, and one bad row means nothing is written. Parts are found by their field of action and numbers;
 * new ones are added, differing ones changed, the same left alone, and parts the file does not name stay as
 * they are. The writes are those of the API (concept-statements.ts …), so history and audit are the same.
 */

type TExisting = Awaited<ReturnType<typeof loadExisting>>;

const measureKey = (code: string, subGoal: number, number: number) => `${code}/${subGoal}/${number}`;

async function loadOrganisationsByName(tx: TDbExecutor, districtAgs: string): Promise<TOrganisationsByName> {
  const rows = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.districtAgs, districtAgs));
  const byName: TOrganisationsByName = new Map();
  for (const { id, name } of rows) {
    const key = organisationKeyOf(name);
    byName.set(key, [...(byName.get(key) ?? []), id]);
  }
  return byName;
}

async function loadExisting(tx: TDbExecutor, caller: TConceptCaller, period: TPeriodRow) {
  const statements = await tx.select().from(conceptStatements).where(eq(conceptStatements.periodId, period.id));
  const subGoals = await tx
    .select({ subGoal: conceptSubGoals, code: conceptStatements.fieldOfActionCode })
    .from(conceptSubGoals)
    .innerJoin(conceptStatements, eq(conceptStatements.id, conceptSubGoals.statementId))
    .where(eq(conceptStatements.periodId, period.id));
  const tree = await readPeriod(tx, caller, period.id);
  return {
    statements: new Map<string, TStatementRow>(statements.map((row) => [row.fieldOfActionCode, row])),
    subGoals: new Map<string, TSubGoalRow>(
      subGoals.map((row) => [subGoalKeyOf(row.code, row.subGoal.number), row.subGoal]),
    ),
    measures: new Map(
      tree.statements.flatMap((statement) =>
        statement.subGoals.flatMap((subGoal) =>
          subGoal.measures.map((measure) => [
            measureKey(statement.fieldOfActionCode, subGoal.number, measure.number),
            measure,
          ]),
        ),
      ),
    ),
  };
}

/** The rules that need the database, each reported at its row and column. */
async function checkReferences(
  tx: TDbExecutor,
  period: TPeriodRow,
  imported: TImportedConcept,
  existing: TExisting,
  problems: ConceptImportProblems,
) {
  const { references } = imported;
  for (const { row, input } of imported.statements) {
    if ((await checkFieldOfAction(tx, input.fieldOfActionCode)).length > 0) {
      const place = { sheet: conceptSheetNames.statements, row, column: statementColumns.fieldOfActionCode.header };
      problems.add(place, "field_of_action_unknown");
    }
  }
  for (const { row, fieldOfActionCode } of references.subGoalRows) {
    if (!references.statementCodes.has(fieldOfActionCode) && !existing.statements.has(fieldOfActionCode)) {
      const place = { sheet: conceptSheetNames.subGoals, row, column: subGoalColumns.fieldOfActionCode.header };
      problems.add(place, "concept_import_statement_missing");
    }
  }
  for (const { row, fields, targetHeaders } of imported.subGoals) {
    for (const { pointer, code } of checkYears(period, fields)) {
      const target = /^\/body\/targets\/(\d+)\//.exec(pointer);
      const column = target ? targetHeaders[Number(target[1])] : subGoalColumns.baselineYear.header;
      problems.add({ sheet: conceptSheetNames.subGoals, row, ...(column === undefined ? {} : { column }) }, code);
    }
  }
  const allAgs = [...new Set(references.measureRows.flatMap((measure) => measure.municipalityAgs))].filter((ags) =>
    /^\d{8}$/.test(ags),
  );
  const violations = await checkMunicipalities(tx, period.districtAgs, allAgs);
  const unknownAgs = new Set(violations.map(({ pointer }) => allAgs[Number(pointer.split("/").pop())]));
  for (const { row, fieldOfActionCode, subGoalNumber, municipalityAgs } of references.measureRows) {
    const sheet = conceptSheetNames.measures;
    const key = subGoalKeyOf(fieldOfActionCode, subGoalNumber);
    if (!references.subGoalKeys.has(key) && !existing.subGoals.has(key)) {
      problems.add({ sheet, row, column: measureColumns.subGoalNumber.header }, "concept_import_sub_goal_missing");
    }
    if (municipalityAgs.some((ags) => unknownAgs.has(ags))) {
      problems.add({ sheet, row, column: measureColumns.municipalityAgs.header }, "concept_municipality_unknown");
    }
  }
}

function emptyCounts() {
  return { added: 0, changed: 0, unchanged: 0 };
}

/** Adds, changes or leaves each part; in a dry run only counts. */
async function applyImport(
  tx: TDbExecutor,
  caller: TConceptCaller,
  period: TPeriodRow,
  imported: TImportedConcept,
  existing: TExisting,
  dryRun: boolean,
): Promise<TConceptImportSummary> {
  const summary = { dryRun, statements: emptyCounts(), subGoals: emptyCounts(), measures: emptyCounts() };
  const statementIds = new Map([...existing.statements].map(([code, row]) => [code, row.id]));
  for (const { input } of imported.statements) {
    const current = existing.statements.get(input.fieldOfActionCode);
    if (current === undefined) {
      summary.statements.added += 1;
      if (!dryRun) statementIds.set(input.fieldOfActionCode, await insertStatement(tx, caller, period.id, input));
    } else if (isDeepStrictEqual(statementSnapshotOf(current), statementSnapshotOf(input))) {
      summary.statements.unchanged += 1;
    } else {
      summary.statements.changed += 1;
      const { guidingPrinciple, challenges } = input;
      if (!dryRun) await writeStatementChange(tx, caller, current, { guidingPrinciple, challenges });
    }
  }
  const subGoalIds = new Map([...existing.subGoals].map(([key, row]) => [key, row.id]));
  for (const { fieldOfActionCode, fields } of imported.subGoals) {
    const key = subGoalKeyOf(fieldOfActionCode, fields.number);
    const current = existing.subGoals.get(key);
    const statementId = statementIds.get(fieldOfActionCode);
    if (current === undefined) {
      summary.subGoals.added += 1;
      if (!dryRun && statementId) subGoalIds.set(key, await insertSubGoal(tx, caller, period.id, statementId, fields));
    } else if (isSubGoalUnchanged(current, fields)) {
      summary.subGoals.unchanged += 1;
    } else {
      summary.subGoals.changed += 1;
      if (!dryRun) await writeSubGoalChange(tx, caller, period.id, current, fields);
    }
  }
  for (const { fieldOfActionCode, subGoalNumber, fields } of imported.measures) {
    const current = existing.measures.get(measureKey(fieldOfActionCode, subGoalNumber, fields.number));
    const subGoalId = subGoalIds.get(subGoalKeyOf(fieldOfActionCode, subGoalNumber));
    if (current === undefined) {
      summary.measures.added += 1;
      if (!dryRun && subGoalId) await insertMeasure(tx, caller, period.id, subGoalId, fields);
    } else if (isMeasureUnchanged(current, fields)) {
      summary.measures.unchanged += 1;
    } else {
      summary.measures.changed += 1;
      if (!dryRun) await writeMeasureChange(tx, caller, period.id, current, fields);
    }
  }
  return summary;
}

export function importPeriodWorkbook(
  db: TDb,
  caller: TConceptCaller,
  periodId: string,
  bytes: Uint8Array,
  options: { dryRun: boolean; language: TApiLanguage },
): Promise<TConceptImportSummary> {
  return db.transaction(async (tx) => {
    const period = await findWritablePeriod(tx, caller, periodId);
    const problems = new ConceptImportProblems(options.language);
    const workbook = await readConceptWorkbook(bytes, problems);
    const imported = readImportedConcept(workbook, await loadOrganisationsByName(tx, period.districtAgs), problems);
    const existing = await loadExisting(tx, caller, period);
    await checkReferences(tx, period, imported, existing, problems);
    problems.throwIfAny();
    return applyImport(tx, caller, period, imported, existing, options.dryRun);
  });
}
