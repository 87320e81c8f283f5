import { eq, sql } from "drizzle-orm";
import type { TIntegrationPlanView, TPlanAgreement } from "../../../common/counselling/plan-schemas.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import type { TPlanAccess } from "./plan-access.js";
import { integrationPlans } from "./plan-tables.js";
import { writePlan } from "./plan-writes.js";

/**
 * Records that the person agreed to the plan: when, how and with whom. Recording it again (after
 * changes were talked through) renews the agreement, so the changes before it no longer count as
 * "since agreement".
 */
export function recordAgreement(
  db: TDb,
  access: TPlanAccess,
  personId: string,
  { version, ...agreement }: TPlanAgreement,
): Promise<TIntegrationPlanView> {
  return writePlan(db, access, personId, version, async (tx, plan) => {
    await tx
      .update(integrationPlans)
      .set({ ...agreement, status: "agreed", agreementRecordedAt: sql`now()` })
      .where(eq(integrationPlans.id, plan.id));
    await recordAuditEvent(tx, access.auditFor("update"), {
      action: "integration_plan.agree",
      subjectType: "integration_plan",
      subjectId: plan.id,
      personId,
      detail: { agreedHow: agreement.agreedHow, isRenewal: plan.status === "agreed" },
    });
  });
}
