import { and, eq, ne, sql } from "drizzle-orm";
import { isConceptPeriodTransitionAllowed, type TConceptPeriodStatus } from "../../../common/steering/concept.js";
import type { TConceptPeriodInput, TConceptPeriodUpdate } from "../../../common/steering/concept-schemas.js";
import type {
  TConceptHistory,
  TConceptPeriod,
  TConceptPeriodList,
} from "../../../common/steering/concept-view-schemas.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { findCreatingDistrict, type TConceptCaller } from "./concept-caller.js";
import { listConceptChanges, recordConceptChange } from "./concept-history.js";
import { loadPeriodSummaries, readPeriod } from "./concept-records.js";
import { findPeriodRow, type TPeriodRow } from "./concept-rows.js";
import { conceptPeriods } from "./concept-tables.js";

function snapshotOf(period: Pick<TPeriodRow, "name" | "startYear" | "endYear" | "status">) {
  return { name: period.name, startYear: period.startYear, endYear: period.endYear, status: period.status };
}

/** At most one period of a district is active (backed by the partial unique index concept_periods_one_active). */
async function checkNoOtherActive(db: TDbExecutor, districtAgs: string, status: TConceptPeriodStatus, ownId?: string) {
  if (status !== "active") return;
  const [other] = await db
    .select({ id: conceptPeriods.id })
    .from(conceptPeriods)
    .where(
      and(
        eq(conceptPeriods.districtAgs, districtAgs),
        eq(conceptPeriods.status, "active"),
        ownId ? ne(conceptPeriods.id, ownId) : undefined,
      ),
    );
  if (other) throw new HttpProblem(409, "conceptPeriodActiveExists");
}

/** Two periods made active at once: the unique index refuses the second, answered like the check above. */
async function withActiveConflictAnswered<TResult>(write: () => Promise<TResult>): Promise<TResult> {
  try {
    return await write();
  } catch (error) {
    const cause = error instanceof Error && "cause" in error ? error.cause : error;
    const isUniqueViolation = typeof cause === "object" && cause !== null && "code" in cause && cause.code === "23505";
    if (isUniqueViolation) throw new HttpProblem(409, "conceptPeriodActiveExists");
    throw error;
  }
}

export async function listPeriods(db: TDb, caller: TConceptCaller): Promise<TConceptPeriodList> {
  return { items: await loadPeriodSummaries(db, caller, "list") };
}

export function createPeriod(db: TDb, caller: TConceptCaller, input: TConceptPeriodInput): Promise<TConceptPeriod> {
  return withActiveConflictAnswered(() =>
    db.transaction(async (tx) => {
      const districtAgs = await findCreatingDistrict(tx, caller);
      await checkNoOtherActive(tx, districtAgs, input.status);
      const [row] = await tx
        .insert(conceptPeriods)
        .values({ ...input, districtAgs, createdBy: caller.userId, updatedBy: caller.userId })
        .returning();
      if (!row) throw new Error("concept period not created");
      await recordConceptChange(tx, caller, {
        periodId: row.id,
        part: "period",
        subjectId: row.id,
        before: null,
        after: snapshotOf(row),
      });
      return readPeriod(tx, caller, row.id);
    }),
  );
}

/** Name, years and status at the version read (stale: 409); the status moves only along the allowed transitions. */
export function updatePeriod(
  db: TDb,
  caller: TConceptCaller,
  id: string,
  { version, ...fields }: TConceptPeriodUpdate,
): Promise<TConceptPeriod> {
  return withActiveConflictAnswered(() =>
    db.transaction(async (tx) => {
      const current = await findPeriodRow(tx, caller, id, "update");
      if (current.version !== version) throw new HttpProblem(409, "changedMeanwhile");
      if (!isConceptPeriodTransitionAllowed(current.status, fields.status)) {
        throw new FieldRuleViolation([{ pointer: "/body/status", code: "concept_status_transition" }]);
      }
      await checkNoOtherActive(tx, current.districtAgs, fields.status, id);
      await tx
        .update(conceptPeriods)
        .set({
          ...fields,
          version: sql`${conceptPeriods.version} + 1`,
          updatedAt: sql`now()`,
          updatedBy: caller.userId,
        })
        .where(eq(conceptPeriods.id, id));
      await recordConceptChange(tx, caller, {
        periodId: id,
        part: "period",
        subjectId: id,
        before: snapshotOf(current),
        after: snapshotOf(fields),
      });
      return readPeriod(tx, caller, id);
    }),
  );
}

/** Only a draft is deleted, with all its parts and history; the audit trail keeps that it was. */
export async function deletePeriod(db: TDb, caller: TConceptCaller, id: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await findPeriodRow(tx, caller, id, "delete");
    if (current.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    if (current.status !== "draft") throw new HttpProblem(409, "conceptPeriodNotDraft");
    await recordConceptChange(tx, caller, {
      periodId: id,
      part: "period",
      subjectId: id,
      before: snapshotOf(current),
      after: null,
    });
    await tx.delete(conceptPeriods).where(eq(conceptPeriods.id, id));
  });
}

export async function readPeriodHistory(db: TDb, caller: TConceptCaller, id: string): Promise<TConceptHistory> {
  await findPeriodRow(db, caller, id, "read");
  return listConceptChanges(db, id);
}
