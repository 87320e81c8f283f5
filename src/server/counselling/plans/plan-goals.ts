import { and, eq, sql } from "drizzle-orm";
import type { TGoalInput, TGoalPatch, TIntegrationPlanView } from "../../../common/counselling/plan-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TPlanAccess } from "./plan-access.js";
import { assertFieldOfAction } from "./plan-references.js";
import { planGoals } from "./plan-tables.js";
import { listChangedFields, listFilledFields, recordPlanChange, writePlan } from "./plan-writes.js";

/** Adds a goal in a field of action, after the plan's other goals. */
export function addGoal(
  db: TDb,
  access: TPlanAccess,
  personId: string,
  { version, ...goal }: TGoalInput,
): Promise<TIntegrationPlanView> {
  return writePlan(db, access, personId, version, async (tx, plan) => {
    await assertFieldOfAction(tx, goal.fieldOfActionCode);
    const [row] = await tx
      .insert(planGoals)
      .values({
        planId: plan.id,
        ...goal,
        position: sql`(select coalesce(max(${planGoals.position}), 0) + 1 from ${planGoals} where ${planGoals.planId} = ${plan.id})`,
      })
      .returning({ id: planGoals.id });
    if (!row) throw new Error("goal not added");
    await recordPlanChange(tx, access, plan, {
      part: "goal",
      kind: "added",
      subjectId: row.id,
      fields: listFilledFields(goal),
    });
  });
}

/** Changes a goal of the person's plan (a goal of another plan is 404): its field, title, description or status. */
export function updateGoal(
  db: TDb,
  access: TPlanAccess,
  personId: string,
  goalId: string,
  { version, ...patch }: TGoalPatch,
): Promise<TIntegrationPlanView> {
  return writePlan(db, access, personId, version, async (tx, plan) => {
    const [current] = await tx
      .select({
        fieldOfActionCode: planGoals.fieldOfActionCode,
        title: planGoals.title,
        description: planGoals.description,
        status: planGoals.status,
      })
      .from(planGoals)
      .where(and(eq(planGoals.id, goalId), eq(planGoals.planId, plan.id)));
    if (!current) throw new HttpProblem(404, "notFound");
    if (patch.fieldOfActionCode !== undefined) await assertFieldOfAction(tx, patch.fieldOfActionCode);
    const fields = listChangedFields(current, patch);
    if (fields.length === 0) return;
    await tx
      .update(planGoals)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(planGoals.id, goalId));
    await recordPlanChange(tx, access, plan, { part: "goal", kind: "changed", subjectId: goalId, fields });
  });
}
