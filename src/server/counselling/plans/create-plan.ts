import { and, eq } from "drizzle-orm";
import type { TIntegrationPlanView, TPlanCreate } from "../../../common/counselling/plan-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TPlanAccess } from "./plan-access.js";
import { integrationPlans } from "./plan-tables.js";
import { buildPlanView } from "./plan-view.js";

/**
 * Starts the person's plan, as a draft. The person row is locked first, so two desks starting a
 * plan at once get one plan and one 409.
 */
export function createPlan(
  db: TDb,
  access: TPlanAccess,
  personId: string,
  input: TPlanCreate,
): Promise<TIntegrationPlanView> {
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.id, personId), access.scopeFor("update")))
      .for("update", { of: persons });
    if (!person) throw new HttpProblem(404, "notFound");
    const [existing] = await tx
      .select({ id: integrationPlans.id })
      .from(integrationPlans)
      .where(eq(integrationPlans.personId, personId));
    if (existing) throw new HttpProblem(409, "planExists");
    const [plan] = await tx
      .insert(integrationPlans)
      .values({
        personId,
        nextReviewOn: input.nextReviewOn,
        createdBy: access.actorUserId,
        updatedBy: access.actorUserId,
      })
      .returning({ id: integrationPlans.id });
    if (!plan) throw new Error("plan not created");
    await recordAuditEvent(tx, access.auditFor("update"), {
      action: "integration_plan.create",
      subjectType: "integration_plan",
      subjectId: plan.id,
      personId,
      detail: { fields: input.nextReviewOn === null ? [] : ["nextReviewOn"] },
    });
    return buildPlanView(tx, access, personId);
  });
}
