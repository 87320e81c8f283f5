import { and, eq, sql } from "drizzle-orm";
import type { TPlanChangeKind, TPlanPart } from "../../../common/counselling/plan.js";
import type { TIntegrationPlanView } from "../../../common/counselling/plan-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TPlanAccess } from "./plan-access.js";
import { integrationPlans, planChanges } from "./plan-tables.js";
import { buildPlanView } from "./plan-view.js";

export type TLockedPlan = {
  id: string;
  personId: string;
  status: "draft" | "agreed";
  createdAt: Date;
};

/**
 * The person's plan, locked for this transaction, at the version the client read: a person
 * outside the update scope, or one without a plan, is 404; a plan written since is 409.
 */
async function lockPlan(tx: TDbExecutor, access: TPlanAccess, personId: string, version: number) {
  const [row] = await tx
    .select({
      id: integrationPlans.id,
      personId: integrationPlans.personId,
      status: integrationPlans.status,
      createdAt: integrationPlans.createdAt,
      version: integrationPlans.version,
    })
    .from(integrationPlans)
    .innerJoin(persons, eq(persons.id, integrationPlans.personId))
    .where(and(eq(integrationPlans.personId, personId), access.scopeFor("update")))
    .for("update", { of: integrationPlans });
  if (!row) throw new HttpProblem(404, "notFound");
  if (row.version !== version) throw new HttpProblem(409, "planVersionStale");
  return row;
}

/**
 * One write to a plan in one transaction: lock at the client's version, write, count the version
 * up (with who and when), and answer with the plan as it is now. Audit events are written by
 * `write` in the same transaction.
 */
export function writePlan(
  db: TDb,
  access: TPlanAccess,
  personId: string,
  version: number,
  write: (tx: TDbExecutor, plan: TLockedPlan) => Promise<void>,
): Promise<TIntegrationPlanView> {
  return db.transaction(async (tx) => {
    const plan = await lockPlan(tx, access, personId, version);
    await write(tx, plan);
    await tx
      .update(integrationPlans)
      .set({ version: sql`${integrationPlans.version} + 1`, updatedAt: sql`now()`, updatedBy: access.actorUserId })
      .where(eq(integrationPlans.id, plan.id));
    return buildPlanView(tx, access, personId);
  });
}

export type TPlanChangeRecord = { part: TPlanPart; kind: TPlanChangeKind; subjectId: string; fields: string[] };

/**
 * Records a change in the plan's history and the audit trail (field names only, never values).
 * An agreed plan stays agreed; the change shows as "changed since agreement".
 */
export async function recordPlanChange(
  tx: TDbExecutor,
  access: TPlanAccess,
  plan: TLockedPlan,
  change: TPlanChangeRecord,
): Promise<void> {
  if (change.fields.length === 0) return;
  await tx.insert(planChanges).values({ planId: plan.id, ...change, changedBy: access.actorUserId });
  await recordAuditEvent(tx, access.auditFor("update"), {
    action: "integration_plan.update",
    subjectType: "integration_plan",
    subjectId: plan.id,
    personId: plan.personId,
    detail: { ...change, isAfterAgreement: plan.status === "agreed" },
  });
}

/** The names of the patch's fields whose value differs from the current one. */
export function listChangedFields<TRecord extends object>(current: TRecord, patch: Partial<TRecord>): string[] {
  return Object.entries(patch)
    .filter(([key, value]) => value !== undefined && value !== current[key as keyof TRecord])
    .map(([key]) => key)
    .sort();
}

/** The names of the fields that carry a value, for an addition. */
export function listFilledFields(record: Record<string, unknown>): string[] {
  return Object.entries(record)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key]) => key)
    .sort();
}
