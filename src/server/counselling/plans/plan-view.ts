import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TPlanRecordAction } from "../../../common/counselling/plan.js";
import type {
  TGoal,
  TIntegrationPlan,
  TIntegrationPlanView,
  TMeasure,
} from "../../../common/counselling/plan-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import type { TPlanAccess } from "./plan-access.js";
import { integrationPlans, planChanges, planGoals, planMeasures, planReviews } from "./plan-tables.js";

const creators = alias(users, "creators");
const updaters = alias(users, "updaters");

/**
 * The person within the actor's plan read scope (else 404), and whether the update scope reaches
 * them too: the UI offers changes only then.
 */
export async function findPlanPerson(
  executor: TDbExecutor,
  access: TPlanAccess,
  personId: string,
): Promise<{ allowedActions: TPlanRecordAction[] }> {
  const [row] = await executor
    .select({ canUpdate: sql<boolean>`(${access.scopeFor("update")})` })
    .from(persons)
    .where(and(eq(persons.id, personId), access.scopeFor("read")));
  if (!row) throw new HttpProblem(404, "notFound");
  return { allowedActions: row.canUpdate ? ["read", "update"] : ["read"] };
}

async function findMeasures(executor: TDbExecutor, goalIds: string[]): Promise<Map<string, TMeasure[]>> {
  const rows =
    goalIds.length === 0
      ? []
      : await executor
          .select({
            goalId: planMeasures.goalId,
            id: planMeasures.id,
            title: planMeasures.title,
            responsibleKind: planMeasures.responsibleKind,
            responsibleOrganisationId: planMeasures.responsibleOrganisationId,
            responsibleOrganisationName: organisations.name,
            responsibleUserId: planMeasures.responsibleUserId,
            responsibleUserName: users.displayName,
            dueOn: planMeasures.dueOn,
            status: planMeasures.status,
          })
          .from(planMeasures)
          .leftJoin(organisations, eq(organisations.id, planMeasures.responsibleOrganisationId))
          .leftJoin(users, eq(users.id, planMeasures.responsibleUserId))
          .where(inArray(planMeasures.goalId, goalIds))
          .orderBy(asc(planMeasures.position), asc(planMeasures.createdAt));
  const byGoal = new Map<string, TMeasure[]>();
  for (const { goalId, ...measure } of rows) byGoal.set(goalId, [...(byGoal.get(goalId) ?? []), measure]);
  return byGoal;
}

async function findGoals(executor: TDbExecutor, planId: string): Promise<TGoal[]> {
  const rows = await executor
    .select({
      id: planGoals.id,
      fieldOfActionCode: planGoals.fieldOfActionCode,
      title: planGoals.title,
      description: planGoals.description,
      status: planGoals.status,
    })
    .from(planGoals)
    .where(eq(planGoals.planId, planId))
    .orderBy(asc(planGoals.position), asc(planGoals.createdAt));
  const measures = await findMeasures(
    executor,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, measures: measures.get(row.id) ?? [] }));
}

async function findReviews(executor: TDbExecutor, planId: string) {
  const rows = await executor
    .select({
      id: planReviews.id,
      reviewedOn: planReviews.reviewedOn,
      note: planReviews.note,
      reviewedByName: users.displayName,
      recordedAt: planReviews.recordedAt,
    })
    .from(planReviews)
    .leftJoin(users, eq(users.id, planReviews.reviewedBy))
    .where(eq(planReviews.planId, planId))
    .orderBy(asc(planReviews.reviewedOn), asc(planReviews.recordedAt));
  return rows.map((row) => ({ ...row, recordedAt: row.recordedAt.toISOString() }));
}

async function findChangesSince(executor: TDbExecutor, planId: string, since: Date | null) {
  if (since === null) return [];
  const rows = await executor
    .select({
      occurredAt: planChanges.changedAt,
      actorName: users.displayName,
      part: planChanges.part,
      kind: planChanges.kind,
      fields: planChanges.fields,
    })
    .from(planChanges)
    .leftJoin(users, eq(users.id, planChanges.changedBy))
    .where(and(eq(planChanges.planId, planId), gt(planChanges.changedAt, since)))
    .orderBy(asc(planChanges.changedAt));
  return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
}

/** The person's plan with its goals, measures, reviews and the changes since the agreement; undefined while none. */
export async function findPlan(executor: TDbExecutor, personId: string): Promise<TIntegrationPlan | undefined> {
  const [row] = await executor
    .select({
      plan: integrationPlans,
      createdByName: creators.displayName,
      updatedByName: updaters.displayName,
    })
    .from(integrationPlans)
    .leftJoin(creators, eq(creators.id, integrationPlans.createdBy))
    .leftJoin(updaters, eq(updaters.id, integrationPlans.updatedBy))
    .where(eq(integrationPlans.personId, personId));
  if (!row) return undefined;
  const { plan } = row;
  const agreement =
    plan.agreedOn !== null && plan.agreedHow !== null && plan.agreementRecordedAt !== null
      ? {
          agreedOn: plan.agreedOn,
          agreedHow: plan.agreedHow,
          agreedWith: plan.agreedWith,
          recordedAt: plan.agreementRecordedAt.toISOString(),
        }
      : null;
  return {
    id: plan.id,
    personId: plan.personId,
    status: plan.status,
    agreement,
    nextReviewOn: plan.nextReviewOn,
    version: plan.version,
    createdAt: plan.createdAt.toISOString(),
    createdByName: row.createdByName,
    updatedAt: plan.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
    changesSinceAgreement: await findChangesSince(executor, plan.id, plan.agreementRecordedAt),
    goals: await findGoals(executor, plan.id),
    reviews: await findReviews(executor, plan.id),
  };
}

/** The view the API answers with: the plan (or null) and the actor's allowed actions. */
export async function buildPlanView(
  executor: TDbExecutor,
  access: TPlanAccess,
  personId: string,
): Promise<TIntegrationPlanView> {
  const { allowedActions } = await findPlanPerson(executor, access, personId);
  return { plan: (await findPlan(executor, personId)) ?? null, allowedActions };
}
