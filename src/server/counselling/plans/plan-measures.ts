import { and, eq, sql } from "drizzle-orm";
import type { TIntegrationPlanView, TMeasureInput, TMeasurePatch } from "../../../common/counselling/plan-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TPlanAccess } from "./plan-access.js";
import { assertResponsible } from "./plan-references.js";
import { planGoals, planMeasures } from "./plan-tables.js";
import { listChangedFields, listFilledFields, recordPlanChange, writePlan } from "./plan-writes.js";

/** Adds a measure to a goal of the person's plan (a goal of another plan is 404), after its other measures. */
export function addMeasure(
  db: TDb,
  access: TPlanAccess,
  personId: string,
  goalId: string,
  { version, ...measure }: TMeasureInput,
): Promise<TIntegrationPlanView> {
  return writePlan(db, access, personId, version, async (tx, plan) => {
    const [goal] = await tx
      .select({ id: planGoals.id })
      .from(planGoals)
      .where(and(eq(planGoals.id, goalId), eq(planGoals.planId, plan.id)));
    if (!goal) throw new HttpProblem(404, "notFound");
    await assertResponsible(tx, measure);
    const [row] = await tx
      .insert(planMeasures)
      .values({
        goalId,
        ...measure,
        position: sql`(select coalesce(max(${planMeasures.position}), 0) + 1 from ${planMeasures} where ${planMeasures.goalId} = ${goalId})`,
      })
      .returning({ id: planMeasures.id });
    if (!row) throw new Error("measure not added");
    await recordPlanChange(tx, access, plan, {
      part: "measure",
      kind: "added",
      subjectId: row.id,
      fields: listFilledFields(measure),
    });
  });
}

/**
 * Changes a measure of the person's plan: the patch is merged into the stored measure and who is
 * responsible is checked again as a whole.
 */
export function updateMeasure(
  db: TDb,
  access: TPlanAccess,
  personId: string,
  measureId: string,
  { version, ...patch }: TMeasurePatch,
): Promise<TIntegrationPlanView> {
  return writePlan(db, access, personId, version, async (tx, plan) => {
    const [current] = await tx
      .select({
        title: planMeasures.title,
        responsibleKind: planMeasures.responsibleKind,
        responsibleOrganisationId: planMeasures.responsibleOrganisationId,
        responsibleUserId: planMeasures.responsibleUserId,
        dueOn: planMeasures.dueOn,
        status: planMeasures.status,
      })
      .from(planMeasures)
      .innerJoin(planGoals, eq(planGoals.id, planMeasures.goalId))
      .where(and(eq(planMeasures.id, measureId), eq(planGoals.planId, plan.id)));
    if (!current) throw new HttpProblem(404, "notFound");
    const fields = listChangedFields(current, patch);
    if (fields.length === 0) return;
    await assertResponsible(tx, { ...current, ...definedOnly(patch) });
    await tx
      .update(planMeasures)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(planMeasures.id, measureId));
    await recordPlanChange(tx, access, plan, { part: "measure", kind: "changed", subjectId: measureId, fields });
  });
}

/** The patch without its absent fields, so merging keeps the stored values of those. */
function definedOnly<TPatch extends object>(patch: TPatch): Partial<TPatch> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<TPatch>;
}
