import { and, asc, eq, ne, sql } from "drizzle-orm";
import type {
  TIndicatorValue,
  TIndicatorValueFields,
  TIndicatorValueUpdate,
} from "../../../common/steering/indicator-value-schemas.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import type { TConceptCaller } from "../concept/concept-caller.js";
import { recordConceptChange } from "../concept/concept-history.js";
import { type TViolation, throwViolations } from "../concept/concept-references.js";
import { findSubGoalRow, type TPeriodRow } from "../concept/concept-rows.js";
import { conceptPeriods, conceptStatements, conceptSubGoals } from "../concept/concept-tables.js";
import { conceptIndicatorValues } from "./indicator-value-tables.js";

type TValueRow = typeof conceptIndicatorValues.$inferSelect;

const snapshotOf = (fields: TIndicatorValueFields) => ({ ...fields });

async function readValues(db: TDbExecutor, condition: ReturnType<typeof eq>): Promise<TIndicatorValue[]> {
  const rows = await db
    .select({ value: conceptIndicatorValues, unitName: municipalUnits.name })
    .from(conceptIndicatorValues)
    .leftJoin(municipalUnits, eq(municipalUnits.key, conceptIndicatorValues.municipalUnitKey))
    .where(condition)
    .orderBy(
      asc(conceptIndicatorValues.year),
      sql`${conceptIndicatorValues.month} nulls first`,
      sql`${municipalUnits.name} nulls first`,
    );
  return rows.map(({ value, unitName }) => ({
    id: value.id,
    subGoalId: value.subGoalId,
    year: value.year,
    month: value.month,
    municipalUnitKey: value.municipalUnitKey,
    municipalUnitName: unitName,
    value: value.value,
    source: value.source,
    note: value.note,
    version: value.version,
    updatedAt: value.updatedAt.toISOString(),
  }));
}

/** The year lies in the period, the administration in its district, and the cell is not taken yet. */
async function checkValue(
  tx: TDbExecutor,
  period: TPeriodRow,
  subGoalId: string,
  fields: TIndicatorValueFields,
  ownId?: string,
) {
  const violations: TViolation[] = [];
  if (fields.year < period.startYear || fields.year > period.endYear) {
    violations.push({ pointer: "/body/year", code: "concept_target_year_outside_period" });
  }
  if (fields.municipalUnitKey !== null) {
    const [unit] = await tx
      .select({ key: municipalUnits.key })
      .from(municipalUnits)
      .where(and(eq(municipalUnits.key, fields.municipalUnitKey), eq(municipalUnits.districtAgs, period.districtAgs)));
    if (!unit) violations.push({ pointer: "/body/municipalUnitKey", code: "concept_unit_unknown" });
  }
  const [taken] = await tx
    .select({ id: conceptIndicatorValues.id })
    .from(conceptIndicatorValues)
    .where(
      and(
        eq(conceptIndicatorValues.subGoalId, subGoalId),
        eq(conceptIndicatorValues.year, fields.year),
        sql`coalesce(${conceptIndicatorValues.month}, 0) = ${fields.month ?? 0}`,
        sql`coalesce(${conceptIndicatorValues.municipalUnitKey}, '') = ${fields.municipalUnitKey ?? ""}`,
        ownId ? ne(conceptIndicatorValues.id, ownId) : undefined,
      ),
    );
  if (taken) violations.push({ pointer: "/body/year", code: "concept_value_duplicate" });
  throwViolations(violations);
}

export async function listIndicatorValues(db: TDb, caller: TConceptCaller, subGoalId: string) {
  await findSubGoalRow(db, caller, subGoalId, "read");
  return { items: await readValues(db, eq(conceptIndicatorValues.subGoalId, subGoalId)) };
}

export async function createIndicatorValue(
  db: TDb,
  caller: TConceptCaller,
  subGoalId: string,
  fields: TIndicatorValueFields,
): Promise<TIndicatorValue> {
  return db.transaction(async (tx) => {
    const { period } = await findSubGoalRow(tx, caller, subGoalId, "update", { isWrite: true });
    await checkValue(tx, period, subGoalId, fields);
    const [row] = await tx
      .insert(conceptIndicatorValues)
      .values({ ...fields, subGoalId, createdBy: caller.userId, updatedBy: caller.userId })
      .returning();
    if (!row) throw new Error("indicator value not written");
    const change = { periodId: period.id, part: "indicator_value" as const, subjectId: row.id };
    await recordConceptChange(tx, caller, { ...change, before: null, after: snapshotOf(fields) });
    return oneValue(tx, row.id);
  });
}

/** The value with its sub-goal's period, locked for a write; 404 outside reach, 409 when closed. */
async function findValueRow(tx: TDbExecutor, caller: TConceptCaller, id: string, action: "update" | "delete") {
  const [row] = await tx
    .select({ value: conceptIndicatorValues, periodId: conceptPeriods.id })
    .from(conceptIndicatorValues)
    .innerJoin(conceptSubGoals, eq(conceptSubGoals.id, conceptIndicatorValues.subGoalId))
    .innerJoin(conceptStatements, eq(conceptStatements.id, conceptSubGoals.statementId))
    .innerJoin(conceptPeriods, eq(conceptPeriods.id, conceptStatements.periodId))
    .where(and(eq(conceptIndicatorValues.id, id), caller.reach(action, conceptPeriods.districtAgs)));
  if (!row) throw new HttpProblem(404, "notFound");
  const { period } = await findSubGoalRow(tx, caller, row.value.subGoalId, action, { isWrite: true });
  return { value: row.value, period };
}

function fieldsOf(row: TValueRow): TIndicatorValueFields {
  const { year, month, municipalUnitKey, value, source, note } = row;
  return { year, month, municipalUnitKey, value, source, note };
}

export async function updateIndicatorValue(
  db: TDb,
  caller: TConceptCaller,
  id: string,
  { version, ...fields }: TIndicatorValueUpdate,
): Promise<TIndicatorValue> {
  return db.transaction(async (tx) => {
    const { value, period } = await findValueRow(tx, caller, id, "update");
    if (value.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    await checkValue(tx, period, value.subGoalId, fields, id);
    await tx
      .update(conceptIndicatorValues)
      .set({ ...fields, version: value.version + 1, updatedAt: new Date(), updatedBy: caller.userId })
      .where(eq(conceptIndicatorValues.id, id));
    const change = { periodId: period.id, part: "indicator_value" as const, subjectId: id };
    await recordConceptChange(tx, caller, {
      ...change,
      before: snapshotOf(fieldsOf(value)),
      after: snapshotOf(fields),
    });
    return oneValue(tx, id);
  });
}

export async function deleteIndicatorValue(db: TDb, caller: TConceptCaller, id: string, version: number) {
  await db.transaction(async (tx) => {
    const { value, period } = await findValueRow(tx, caller, id, "delete");
    if (value.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    await tx.delete(conceptIndicatorValues).where(eq(conceptIndicatorValues.id, id));
    const change = { periodId: period.id, part: "indicator_value" as const, subjectId: id };
    await recordConceptChange(tx, caller, { ...change, before: snapshotOf(fieldsOf(value)), after: null });
  });
}

async function oneValue(db: TDbExecutor, id: string): Promise<TIndicatorValue> {
  const [value] = await readValues(db, eq(conceptIndicatorValues.id, id));
  if (!value) throw new HttpProblem(404, "notFound");
  return value;
}
