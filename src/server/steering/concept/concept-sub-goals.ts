import { isDeepStrictEqual } from "node:util";
import { count, eq, max, sql } from "drizzle-orm";
import type { TConceptSubGoalInput, TConceptSubGoalUpdate } from "../../../common/steering/concept-schemas.js";
import type { TConceptSubGoal } from "../../../common/steering/concept-view-schemas.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TConceptCaller } from "./concept-caller.js";
import { recordConceptChange } from "./concept-history.js";
import { readSubGoal } from "./concept-records.js";
import { checkOrganisations, checkSubGoalNumber, checkYears, throwViolations } from "./concept-references.js";
import { findStatementRow, findSubGoalRow, type TPeriodRow } from "./concept-rows.js";
import { conceptMeasures, conceptSubGoals } from "./concept-tables.js";

export type TSubGoalFields = Omit<TConceptSubGoalUpdate, "version">;
export type TSubGoalRow = typeof conceptSubGoals.$inferSelect;

/** The fields as stored: the baseline in three columns, targets in year order. */
function toColumns({ baseline, targets, ...fields }: TSubGoalFields) {
  return {
    ...fields,
    baselineValue: baseline?.value ?? null,
    baselineYear: baseline?.year ?? null,
    baselineSource: baseline?.source ?? null,
    targets: [...targets].sort((a, b) => a.year - b.year),
  };
}

function snapshotOf(row: ReturnType<typeof toColumns> | TSubGoalRow) {
  return {
    number: row.number,
    title: row.title,
    indicatorDescription: row.indicatorDescription,
    indicatorKey: row.indicatorKey,
    indicatorUnit: row.indicatorUnit,
    baselineValue: row.baselineValue,
    baselineYear: row.baselineYear,
    baselineSource: row.baselineSource,
    targets: row.targets,
    responsibleOrganisationId: row.responsibleOrganisationId,
  };
}

/** Whether the fields are those the sub-goal has already (an import then leaves it alone). */
export function isSubGoalUnchanged(row: TSubGoalRow, fields: TSubGoalFields): boolean {
  return isDeepStrictEqual(snapshotOf(row), snapshotOf(toColumns(fields)));
}

/** Inserts a checked sub-goal into a statement of the locked period and records the addition; its new id. */
export async function insertSubGoal(
  tx: TDbExecutor,
  caller: TConceptCaller,
  periodId: string,
  statementId: string,
  fields: TSubGoalFields,
): Promise<string> {
  const columns = toColumns(fields);
  const [row] = await tx
    .insert(conceptSubGoals)
    .values({ ...columns, statementId, createdBy: caller.userId, updatedBy: caller.userId })
    .returning({ id: conceptSubGoals.id });
  if (!row) throw new Error("concept sub-goal not created");
  await recordConceptChange(tx, caller, {
    periodId,
    part: "sub_goal",
    subjectId: row.id,
    before: null,
    after: snapshotOf(columns),
  });
  return row.id;
}

/** Writes a checked sub-goal's new fields (its period locked, the version checked) and records the change. */
export async function writeSubGoalChange(
  tx: TDbExecutor,
  caller: TConceptCaller,
  periodId: string,
  subGoal: TSubGoalRow,
  fields: TSubGoalFields,
): Promise<void> {
  const columns = toColumns(fields);
  await tx
    .update(conceptSubGoals)
    .set({
      ...columns,
      version: sql`${conceptSubGoals.version} + 1`,
      updatedAt: sql`now()`,
      updatedBy: caller.userId,
    })
    .where(eq(conceptSubGoals.id, subGoal.id));
  await recordConceptChange(tx, caller, {
    periodId,
    part: "sub_goal",
    subjectId: subGoal.id,
    before: snapshotOf(subGoal),
    after: snapshotOf(columns),
  });
}

async function checkSubGoal(
  tx: TDbExecutor,
  period: TPeriodRow,
  statementId: string,
  fields: TSubGoalFields,
  ownId?: string,
) {
  throwViolations([
    ...(await checkSubGoalNumber(tx, statementId, fields.number, ownId)),
    ...checkYears(period, fields),
    ...(await checkOrganisations(tx, period.districtAgs, fields)),
  ]);
}

async function nextNumber(tx: TDbExecutor, statementId: string): Promise<number> {
  const [row] = await tx
    .select({ highest: max(conceptSubGoals.number) })
    .from(conceptSubGoals)
    .where(eq(conceptSubGoals.statementId, statementId));
  return (row?.highest ?? 0) + 1;
}

/** A sub-goal of a statement; without a number it takes the next one. */
export function addSubGoal(
  db: TDb,
  caller: TConceptCaller,
  statementId: string,
  { number, ...input }: TConceptSubGoalInput,
): Promise<TConceptSubGoal> {
  return db.transaction(async (tx) => {
    const { period } = await findStatementRow(tx, caller, statementId, "update", { isWrite: true });
    const fields = { ...input, number: number ?? (await nextNumber(tx, statementId)) };
    await checkSubGoal(tx, period, statementId, fields);
    return readSubGoal(tx, await insertSubGoal(tx, caller, period.id, statementId, fields));
  });
}

export function updateSubGoal(
  db: TDb,
  caller: TConceptCaller,
  id: string,
  { version, ...fields }: TConceptSubGoalUpdate,
): Promise<TConceptSubGoal> {
  return db.transaction(async (tx) => {
    const { subGoal, period } = await findSubGoalRow(tx, caller, id, "update", { isWrite: true });
    if (subGoal.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    await checkSubGoal(tx, period, subGoal.statementId, fields, id);
    await writeSubGoalChange(tx, caller, period.id, subGoal, fields);
    return readSubGoal(tx, id);
  });
}

/** A sub-goal is deleted once it has no measures left (409). */
export async function deleteSubGoal(db: TDb, caller: TConceptCaller, id: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { subGoal, period } = await findSubGoalRow(tx, caller, id, "delete", { isWrite: true });
    if (subGoal.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    const [children] = await tx
      .select({ total: count() })
      .from(conceptMeasures)
      .where(eq(conceptMeasures.subGoalId, id));
    if ((children?.total ?? 0) > 0) throw new HttpProblem(409, "conceptPartHasChildren");
    await tx.delete(conceptSubGoals).where(eq(conceptSubGoals.id, id));
    await recordConceptChange(tx, caller, {
      periodId: period.id,
      part: "sub_goal",
      subjectId: id,
      before: snapshotOf(subGoal),
      after: null,
    });
  });
}

export async function getSubGoal(db: TDb, caller: TConceptCaller, id: string): Promise<TConceptSubGoal> {
  await findSubGoalRow(db, caller, id, "read");
  return readSubGoal(db, id);
}
