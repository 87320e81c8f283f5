import { and, asc, eq, inArray, sql } from "drizzle-orm";
import {
  isCaseTransitionAllowed,
  type TCase,
  type TCaseAction,
  type TCaseAssignment,
  type TCaseOpening,
  type TCaseStatusChange,
  type TPersonCase,
} from "../../../common/counselling/case-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { buildMunicipalAreaCondition } from "../../arrival/persons/person-scope.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { actingUserId, auditFor, desksFor, grantsFor, type TCaseContext } from "./case-context.js";
import { isDeskWorker } from "./case-desks.js";
import { findCaseForChange, findCurrentCase, type TCaseRow } from "./case-lookup.js";
import { caseNotePolicy, casePolicy, handoverPolicy } from "./case-policy.js";
import { counsellingCaseStatusChanges, counsellingCases, counsellingHandovers } from "./case-tables.js";

async function assertAssignee(executor: TDbExecutor, deskId: string, userId: string | null, pointer: string) {
  if (userId === null || (await isDeskWorker(executor, deskId, userId))) return;
  throw new FieldRuleViolation([{ pointer, code: "case_assignee_not_of_desk" }]);
}

/** Whether the person has a case that is not closed, in anyone's care (a person has at most one). */
async function hasCaseNotClosed(executor: TDbExecutor, personId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: counsellingCases.id })
    .from(counsellingCases)
    .where(and(eq(counsellingCases.personId, personId), sql`${counsellingCases.status} <> 'closed'`));
  return row !== undefined;
}

/** What the actor may do with the case now; the server checks each again when it is done. */
function listCaseActions(context: TCaseContext, row: TCaseRow, hasPendingHandover: boolean): TCaseAction[] {
  const can = (action: "change_status" | "assign" | "hand_over") => grantsFor(context, casePolicy, action).length > 0;
  const isClosed = row.status === "closed";
  const actions: TCaseAction[] = [];
  if (can("change_status")) actions.push("change_status");
  if (!isClosed && can("assign")) actions.push("assign");
  if (!isClosed && !hasPendingHandover && can("hand_over")) actions.push("hand_over");
  if (!isClosed && grantsFor(context, caseNotePolicy, "create").length > 0) actions.push("write_note");
  return actions;
}

async function toCase(executor: TDbExecutor, context: TCaseContext, row: TCaseRow): Promise<TCase> {
  const [desk] = await executor
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, row.deskOrganisationId));
  if (!desk) throw new Error("case without desk");
  const [assignee] = row.assigneeUserId
    ? await executor
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(eq(users.id, row.assigneeUserId))
    : [];
  const history = await executor
    .select({ change: counsellingCaseStatusChanges, changedByName: users.displayName })
    .from(counsellingCaseStatusChanges)
    .leftJoin(users, eq(users.id, counsellingCaseStatusChanges.changedBy))
    .where(eq(counsellingCaseStatusChanges.caseId, row.id))
    .orderBy(asc(counsellingCaseStatusChanges.changedAt), asc(counsellingCaseStatusChanges.id));
  const [pending] = await executor
    .select({ id: counsellingHandovers.id })
    .from(counsellingHandovers)
    .where(and(eq(counsellingHandovers.caseId, row.id), eq(counsellingHandovers.state, "pending")));
  return {
    id: row.id,
    personId: row.personId,
    status: row.status,
    desk,
    assignee: assignee ?? null,
    openedAt: row.openedAt.toISOString(),
    history: history.map(({ change, changedByName }) => ({
      id: change.id,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      closeReason: change.closeReason,
      reasonText: change.reasonText,
      changedByName,
      changedAt: change.changedAt.toISOString(),
    })),
    pendingHandoverId: pending?.id ?? null,
    allowedActions: listCaseActions(context, row, pending !== undefined),
  };
}

/** The desk a case opens at: the given or first of the actor's caseworker organisations whose area reaches the person. */
async function chooseDesk(executor: TDbExecutor, context: TCaseContext, personId: string, wanted?: string) {
  const grants = grantsFor(context, casePolicy, "open").filter(
    (grant) => wanted === undefined || grant.membership.organisationId === wanted,
  );
  for (const grant of grants) {
    const area = buildMunicipalAreaCondition(grant, persons.municipalityAgs);
    if (!area) continue;
    const [reached] = await executor
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.id, personId), area));
    if (reached) return grant.membership.organisationId;
  }
  throw new FieldRuleViolation([{ pointer: "/body/deskOrganisationId", code: "case_desk_not_yours" }]);
}

/**
 * A person's case through the person data access layer: read with its status history, open, change
 * status (transitions as case-schemas.ts declares them), assign. Every read and change is audited
 * in its transaction; a person out of scope, or a case out of the actor's care, is 404.
 */
export function createCaseAccess(context: TCaseContext) {
  const { db } = context;

  async function read(personId: string): Promise<TPersonCase> {
    return db.transaction(async (tx) => {
      const [person] = await tx
        .select({ id: persons.id, canUpdate: sql<boolean>`(${context.persons.scopeFor("update")})` })
        .from(persons)
        .where(and(eq(persons.id, personId), context.persons.scopeFor("read")));
      if (!person) throw new HttpProblem(404, "notFound");
      const row = await findCurrentCase(tx, context, personId, grantsFor(context, casePolicy, "read"));
      const canOpen =
        !(await hasCaseNotClosed(tx, personId)) &&
        person.canUpdate &&
        grantsFor(context, casePolicy, "open").length > 0;
      await recordAuditEvent(tx, auditFor(context, casePolicy, "read"), {
        action: "counselling_case.read",
        subjectType: "counselling_case",
        ...(row ? { subjectId: row.id } : {}),
        personId,
      });
      const desks = desksFor(context, handoverPolicy, "decide");
      const [incoming] =
        desks.length === 0
          ? []
          : await tx
              .select({ id: counsellingHandovers.id })
              .from(counsellingHandovers)
              .where(
                and(
                  eq(counsellingHandovers.personId, personId),
                  eq(counsellingHandovers.state, "pending"),
                  inArray(counsellingHandovers.toOrganisationId, desks),
                ),
              );
      return { case: row ? await toCase(tx, context, row) : null, canOpen, hasHandoverToActor: incoming !== undefined };
    });
  }

  async function open(personId: string, opening: TCaseOpening): Promise<TCase> {
    return db.transaction(async (tx) => {
      const [person] = await tx
        .select({ id: persons.id })
        .from(persons)
        .where(and(eq(persons.id, personId), context.persons.scopeFor("update")))
        .for("update", { of: persons });
      if (!person) throw new HttpProblem(404, "notFound");
      if (await hasCaseNotClosed(tx, personId)) throw new HttpProblem(409, "caseAlreadyOpen");
      const deskId = await chooseDesk(tx, context, personId, opening.deskOrganisationId);
      await assertAssignee(tx, deskId, opening.assigneeUserId, "/body/assigneeUserId");
      const userId = actingUserId(context);
      const [row] = await tx
        .insert(counsellingCases)
        .values({ personId, deskOrganisationId: deskId, assigneeUserId: opening.assigneeUserId, openedBy: userId })
        .returning();
      if (!row) throw new Error("case not opened");
      await tx.insert(counsellingCaseStatusChanges).values({ caseId: row.id, toStatus: "open", changedBy: userId });
      await recordAuditEvent(tx, auditFor(context, casePolicy, "open"), {
        action: "counselling_case.open",
        subjectType: "counselling_case",
        subjectId: row.id,
        personId,
        detail: { deskOrganisationId: deskId },
      });
      return toCase(tx, context, row);
    });
  }

  async function changeStatus(personId: string, change: TCaseStatusChange): Promise<TCase> {
    return db.transaction(async (tx) => {
      const grants = grantsFor(context, casePolicy, "change_status");
      const row = await findCaseForChange(tx, context, personId, grants, { mayBeClosed: true });
      if (!isCaseTransitionAllowed(row.status, change.to)) {
        throw new FieldRuleViolation([{ pointer: "/body/to", code: "case_transition_not_allowed" }]);
      }
      if (change.to === "reopened" && (await hasCaseNotClosed(tx, personId))) {
        throw new HttpProblem(409, "caseAlreadyOpen");
      }
      if (change.to === "closed") {
        const [pending] = await tx
          .select({ id: counsellingHandovers.id })
          .from(counsellingHandovers)
          .where(and(eq(counsellingHandovers.caseId, row.id), eq(counsellingHandovers.state, "pending")));
        if (pending) throw new HttpProblem(409, "handoverPending");
      }
      const [updated] = await tx
        .update(counsellingCases)
        .set({ status: change.to, updatedAt: sql`now()` })
        .where(eq(counsellingCases.id, row.id))
        .returning();
      if (!updated) throw new Error("case not updated");
      await tx.insert(counsellingCaseStatusChanges).values({
        caseId: row.id,
        fromStatus: row.status,
        toStatus: change.to,
        closeReason: change.closeReason,
        reasonText: change.reasonText,
        changedBy: actingUserId(context),
      });
      await recordAuditEvent(tx, auditFor(context, casePolicy, "change_status"), {
        action: "counselling_case.status_change",
        subjectType: "counselling_case",
        subjectId: row.id,
        personId,
        detail: { from: row.status, to: change.to, ...(change.closeReason ? { closeReason: change.closeReason } : {}) },
      });
      return toCase(tx, context, updated);
    });
  }

  async function assign(personId: string, assignment: TCaseAssignment): Promise<TCase> {
    return db.transaction(async (tx) => {
      const row = await findCaseForChange(tx, context, personId, grantsFor(context, casePolicy, "assign"));
      await assertAssignee(tx, row.deskOrganisationId, assignment.assigneeUserId, "/body/assigneeUserId");
      const [updated] = await tx
        .update(counsellingCases)
        .set({ assigneeUserId: assignment.assigneeUserId, updatedAt: sql`now()` })
        .where(eq(counsellingCases.id, row.id))
        .returning();
      if (!updated) throw new Error("case not updated");
      await recordAuditEvent(tx, auditFor(context, casePolicy, "assign"), {
        action: "counselling_case.assign",
        subjectType: "counselling_case",
        subjectId: row.id,
        personId,
        detail: { assigneeUserId: assignment.assigneeUserId },
      });
      return toCase(tx, context, updated);
    });
  }

  return { read, open, changeStatus, assign };
}
