import type { TIntegrationPlanView } from "../../../common/counselling/plan-schemas.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import type { TPlanAccess } from "./plan-access.js";
import { buildPlanView } from "./plan-view.js";

/** The person's plan within the read scope (else 404); the read is audited, also when there is no plan yet. */
export function readPlan(db: TDb, access: TPlanAccess, personId: string): Promise<TIntegrationPlanView> {
  return db.transaction(async (tx) => {
    const view = await buildPlanView(tx, access, personId);
    await recordAuditEvent(tx, access.auditFor("read"), {
      action: "integration_plan.read",
      subjectType: "integration_plan",
      ...(view.plan ? { subjectId: view.plan.id } : {}),
      personId,
      detail: { part: "plan" },
    });
    return view;
  });
}
