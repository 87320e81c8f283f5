import { eq } from "drizzle-orm";
import type { TIntegrationPlanView, TPlanPatch } from "../../../common/counselling/plan-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import type { TPlanAccess } from "./plan-access.js";
import { integrationPlans } from "./plan-tables.js";
import { listChangedFields, recordPlanChange, writePlan } from "./plan-writes.js";

/** Sets the plan's own fields (the next review date). */
export function updatePlan(
  db: TDb,
  access: TPlanAccess,
  personId: string,
  { version, ...patch }: TPlanPatch,
): Promise<TIntegrationPlanView> {
  return writePlan(db, access, personId, version, async (tx, plan) => {
    const [current] = await tx
      .select({ nextReviewOn: integrationPlans.nextReviewOn })
      .from(integrationPlans)
      .where(eq(integrationPlans.id, plan.id));
    if (!current) throw new Error("locked plan vanished");
    await tx.update(integrationPlans).set(patch).where(eq(integrationPlans.id, plan.id));
    const fields = listChangedFields(current, patch);
    await recordPlanChange(tx, access, plan, { part: "plan", kind: "changed", subjectId: plan.id, fields });
  });
}
