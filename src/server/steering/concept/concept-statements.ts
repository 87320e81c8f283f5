import { and, count, eq, sql } from "drizzle-orm";
import type { TConceptStatementInput, TConceptStatementUpdate } from "../../../common/steering/concept-schemas.js";
import type { TConceptStatement } from "../../../common/steering/concept-view-schemas.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TConceptCaller } from "./concept-caller.js";
import { recordConceptChange } from "./concept-history.js";
import { readStatement } from "./concept-records.js";
import { checkFieldOfAction, throwViolations } from "./concept-references.js";
import { findStatementRow, findWritablePeriod } from "./concept-rows.js";
import { conceptStatements, conceptSubGoals } from "./concept-tables.js";

type TStatementFields = Pick<TConceptStatementInput, "fieldOfActionCode" | "guidingPrinciple" | "challenges">;
export type TStatementRow = typeof conceptStatements.$inferSelect;
type TStatementChange = Omit<TConceptStatementUpdate, "version">;

export function statementSnapshotOf(statement: TStatementFields) {
  return {
    fieldOfActionCode: statement.fieldOfActionCode,
    guidingPrinciple: statement.guidingPrinciple,
    challenges: statement.challenges,
  };
}

/** Inserts a checked statement into its locked period and records the addition; its new id. */
export async function insertStatement(
  tx: TDbExecutor,
  caller: TConceptCaller,
  periodId: string,
  input: TConceptStatementInput,
): Promise<string> {
  const [row] = await tx
    .insert(conceptStatements)
    .values({ ...input, periodId, createdBy: caller.userId, updatedBy: caller.userId })
    .returning({ id: conceptStatements.id });
  if (!row) throw new Error("concept statement not created");
  await recordConceptChange(tx, caller, {
    periodId,
    part: "statement",
    subjectId: row.id,
    before: null,
    after: statementSnapshotOf(input),
  });
  return row.id;
}

/** Writes a statement's new fields (its period locked, the version checked) and records the change. */
export async function writeStatementChange(
  tx: TDbExecutor,
  caller: TConceptCaller,
  statement: TStatementRow,
  fields: TStatementChange,
): Promise<void> {
  await tx
    .update(conceptStatements)
    .set({
      ...fields,
      version: sql`${conceptStatements.version} + 1`,
      updatedAt: sql`now()`,
      updatedBy: caller.userId,
    })
    .where(eq(conceptStatements.id, statement.id));
  await recordConceptChange(tx, caller, {
    periodId: statement.periodId,
    part: "statement",
    subjectId: statement.id,
    before: statementSnapshotOf(statement),
    after: statementSnapshotOf({ ...fields, fieldOfActionCode: statement.fieldOfActionCode }),
  });
}

/** A field of action's statement in the period: one per field. */
export function addStatement(
  db: TDb,
  caller: TConceptCaller,
  periodId: string,
  input: TConceptStatementInput,
): Promise<TConceptStatement> {
  return db.transaction(async (tx) => {
    await findWritablePeriod(tx, caller, periodId);
    throwViolations(await checkFieldOfAction(tx, input.fieldOfActionCode));
    const [existing] = await tx
      .select({ id: conceptStatements.id })
      .from(conceptStatements)
      .where(
        and(eq(conceptStatements.periodId, periodId), eq(conceptStatements.fieldOfActionCode, input.fieldOfActionCode)),
      );
    if (existing) throwViolations([{ pointer: "/body/fieldOfActionCode", code: "concept_statement_duplicate" }]);
    return readStatement(tx, await insertStatement(tx, caller, periodId, input));
  });
}

export function updateStatement(
  db: TDb,
  caller: TConceptCaller,
  id: string,
  { version, ...fields }: TConceptStatementUpdate,
): Promise<TConceptStatement> {
  return db.transaction(async (tx) => {
    const { statement } = await findStatementRow(tx, caller, id, "update", { isWrite: true });
    if (statement.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    await writeStatementChange(tx, caller, statement, fields);
    return readStatement(tx, id);
  });
}

/** A statement is deleted once it has no sub-goals left (409), so no sub-goal goes by accident. */
export async function deleteStatement(db: TDb, caller: TConceptCaller, id: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { statement, period } = await findStatementRow(tx, caller, id, "delete", { isWrite: true });
    if (statement.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    const [children] = await tx
      .select({ total: count() })
      .from(conceptSubGoals)
      .where(eq(conceptSubGoals.statementId, id));
    if ((children?.total ?? 0) > 0) throw new HttpProblem(409, "conceptPartHasChildren");
    await tx.delete(conceptStatements).where(eq(conceptStatements.id, id));
    await recordConceptChange(tx, caller, {
      periodId: period.id,
      part: "statement",
      subjectId: id,
      before: statementSnapshotOf(statement),
      after: null,
    });
  });
}

export async function getStatement(db: TDb, caller: TConceptCaller, id: string): Promise<TConceptStatement> {
  await findStatementRow(db, caller, id, "read");
  return readStatement(db, id);
}
