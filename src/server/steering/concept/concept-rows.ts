import { and, eq } from "drizzle-orm";
import type { TConceptAction } from "../../../common/steering/concept.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TConceptCaller } from "./concept-caller.js";
import { conceptMeasures, conceptPeriods, conceptStatements, conceptSubGoals } from "./concept-tables.js";

/**
 * Finding a concept's parts within the caller's reach (else 404). For a write the period row is
 * locked: writes to one period take turns (a concept is edited by few people), so it cannot be
 * closed while a part changes and new numbers cannot collide; a closed period's parts are 409.
 */

export type TPeriodRow = typeof conceptPeriods.$inferSelect;
type TWrite = { isWrite: boolean };

function checkWritable(period: TPeriodRow, { isWrite }: TWrite) {
  if (isWrite && period.status === "closed") throw new HttpProblem(409, "conceptPeriodClosed");
}

export async function findPeriodRow(
  db: TDbExecutor,
  caller: TConceptCaller,
  id: string,
  action: TConceptAction,
): Promise<TPeriodRow> {
  const query = db
    .select()
    .from(conceptPeriods)
    .where(and(eq(conceptPeriods.id, id), caller.reach(action, conceptPeriods.districtAgs)));
  const [row] = action === "read" || action === "list" ? await query : await query.for("update");
  if (!row) throw new HttpProblem(404, "notFound");
  return row;
}

/** The period a new statement goes into: in reach for "update", locked, not closed. */
export async function findWritablePeriod(db: TDbExecutor, caller: TConceptCaller, id: string): Promise<TPeriodRow> {
  const [row] = await db
    .select()
    .from(conceptPeriods)
    .where(and(eq(conceptPeriods.id, id), caller.reach("update", conceptPeriods.districtAgs)))
    .for("update");
  if (!row) throw new HttpProblem(404, "notFound");
  checkWritable(row, { isWrite: true });
  return row;
}

export async function findStatementRow(
  db: TDbExecutor,
  caller: TConceptCaller,
  id: string,
  action: TConceptAction,
  write: TWrite = { isWrite: false },
) {
  const query = db
    .select({ statement: conceptStatements, period: conceptPeriods })
    .from(conceptStatements)
    .innerJoin(conceptPeriods, eq(conceptPeriods.id, conceptStatements.periodId))
    .where(and(eq(conceptStatements.id, id), caller.reach(action, conceptPeriods.districtAgs)));
  const [row] = write.isWrite ? await query.for("update", { of: conceptPeriods }) : await query;
  if (!row) throw new HttpProblem(404, "notFound");
  checkWritable(row.period, write);
  return row;
}

export async function findSubGoalRow(
  db: TDbExecutor,
  caller: TConceptCaller,
  id: string,
  action: TConceptAction,
  write: TWrite = { isWrite: false },
) {
  const query = db
    .select({ subGoal: conceptSubGoals, period: conceptPeriods })
    .from(conceptSubGoals)
    .innerJoin(conceptStatements, eq(conceptStatements.id, conceptSubGoals.statementId))
    .innerJoin(conceptPeriods, eq(conceptPeriods.id, conceptStatements.periodId))
    .where(and(eq(conceptSubGoals.id, id), caller.reach(action, conceptPeriods.districtAgs)));
  const [row] = write.isWrite ? await query.for("update", { of: conceptPeriods }) : await query;
  if (!row) throw new HttpProblem(404, "notFound");
  checkWritable(row.period, write);
  return row;
}

export async function findMeasureRow(
  db: TDbExecutor,
  caller: TConceptCaller,
  id: string,
  action: TConceptAction,
  write: TWrite = { isWrite: false },
) {
  const query = db
    .select({ measure: conceptMeasures, period: conceptPeriods })
    .from(conceptMeasures)
    .innerJoin(conceptSubGoals, eq(conceptSubGoals.id, conceptMeasures.subGoalId))
    .innerJoin(conceptStatements, eq(conceptStatements.id, conceptSubGoals.statementId))
    .innerJoin(conceptPeriods, eq(conceptPeriods.id, conceptStatements.periodId))
    .where(and(eq(conceptMeasures.id, id), caller.reach(action, conceptPeriods.districtAgs)));
  const [row] = write.isWrite ? await query.for("update", { of: conceptPeriods }) : await query;
  if (!row) throw new HttpProblem(404, "notFound");
  checkWritable(row.period, write);
  return row;
}
