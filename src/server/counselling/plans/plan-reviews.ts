import { eq } from "drizzle-orm";
import type { TIntegrationPlanView, TPlanReviewInput } from "../../../common/counselling/plan-schemas.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import type { TPlanAccess } from "./plan-access.js";
import { integrationPlans, planReviews } from "./plan-tables.js";
import { writePlan } from "./plan-writes.js";

/** A review of the plan's progress (date and note), and with it, if given, the date of the next one. */
export function addReview(
  db: TDb,
  access: TPlanAccess,
  personId: string,
  { version, nextReviewOn, ...review }: TPlanReviewInput,
): Promise<TIntegrationPlanView> {
  return writePlan(db, access, personId, version, async (tx, plan) => {
    const [row] = await tx
      .insert(planReviews)
      .values({ planId: plan.id, ...review, reviewedBy: access.actorUserId })
      .returning({ id: planReviews.id });
    if (nextReviewOn !== undefined) {
      await tx.update(integrationPlans).set({ nextReviewOn }).where(eq(integrationPlans.id, plan.id));
    }
    await recordAuditEvent(tx, access.auditFor("update"), {
      action: "integration_plan.review",
      subjectType: "integration_plan",
      subjectId: plan.id,
      personId,
      detail: { reviewId: row?.id, fields: nextReviewOn === undefined ? [] : ["nextReviewOn"] },
    });
  });
}
