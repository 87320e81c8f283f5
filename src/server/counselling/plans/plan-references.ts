import { and, eq } from "drizzle-orm";
import type { TResponsibleKind } from "../../../common/counselling/plan.js";
import type { TFieldMessageCode } from "../../../common/platform/field-messages.js";
import { memberships, users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { fieldsOfAction } from "../../platform/reference/reference-tables.js";

type TViolation = { pointer: string; code: TFieldMessageCode };

/** The field of action must be one of the reference data's (Handlungsfelder). */
export async function assertFieldOfAction(executor: TDbExecutor, code: string): Promise<void> {
  const [row] = await executor
    .select({ code: fieldsOfAction.code })
    .from(fieldsOfAction)
    .where(eq(fieldsOfAction.code, code));
  if (!row) throw new FieldRuleViolation([{ pointer: "/body/fieldOfActionCode", code: "field_of_action_unknown" }]);
}

export type TResponsible = {
  responsibleKind: TResponsibleKind;
  responsibleOrganisationId: string | null;
  responsibleUserId: string | null;
};

async function isProvider(executor: TDbExecutor, organisationId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), eq(organisations.kind, "provider")));
  return row !== undefined;
}

async function isActiveCaseworker(executor: TDbExecutor, userId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.id, userId), eq(users.isActive, true), eq(memberships.role, "caseworker")))
    .limit(1);
  return row !== undefined;
}

/**
 * Who is responsible must fit the kind: a provider names a provider organisation, a caseworker
 * may name an active caseworker, the person names nobody. Every misfit is pointed at.
 */
export async function assertResponsible(executor: TDbExecutor, responsible: TResponsible): Promise<void> {
  const { responsibleKind, responsibleOrganisationId, responsibleUserId } = responsible;
  const violations: TViolation[] = [];
  const organisationPointer = "/body/responsibleOrganisationId";
  const userPointer = "/body/responsibleUserId";
  if (responsibleKind === "provider" && responsibleOrganisationId === null) {
    violations.push({ pointer: organisationPointer, code: "plan_responsible_missing" });
  }
  if (responsibleOrganisationId !== null) {
    if (responsibleKind !== "provider")
      violations.push({ pointer: organisationPointer, code: "plan_responsible_not_allowed" });
    else if (!(await isProvider(executor, responsibleOrganisationId))) {
      violations.push({ pointer: organisationPointer, code: "plan_responsible_not_provider" });
    }
  }
  if (responsibleUserId !== null) {
    if (responsibleKind !== "caseworker")
      violations.push({ pointer: userPointer, code: "plan_responsible_not_allowed" });
    else if (!(await isActiveCaseworker(executor, responsibleUserId))) {
      violations.push({ pointer: userPointer, code: "plan_responsible_not_caseworker" });
    }
  }
  if (violations.length > 0) throw new FieldRuleViolation(violations);
}
