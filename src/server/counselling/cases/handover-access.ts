import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type {
  THandover,
  THandoverDecline,
  THandoverListQuery,
  THandoverRequest,
} from "../../../common/counselling/handover-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { recordAuditEvent, recordAuditEvents } from "../../platform/audit/record-audit-event.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { actingUserId, auditFor, desksFor, grantsFor, type TCaseContext } from "./case-context.js";
import { isDeskWorker } from "./case-desks.js";
import { findCaseForChange } from "./case-lookup.js";
import { casePolicy, handoverPolicy } from "./case-policy.js";
import { counsellingCases, counsellingHandovers } from "./case-tables.js";

const fromDesks = alias(organisations, "from_desks");
const toDesks = alias(organisations, "to_desks");
const toUsers = alias(users, "to_users");
const creators = alias(users, "creators");

const handoverColumns = {
  handover: counsellingHandovers,
  fromDesk: { id: fromDesks.id, name: fromDesks.name, kind: fromDesks.kind },
  toDesk: { id: toDesks.id, name: toDesks.name, kind: toDesks.kind },
  toUserName: toUsers.displayName,
  createdByName: creators.displayName,
  person: {
    id: persons.id,
    givenName: persons.givenName,
    familyName: persons.familyName,
    birthYear: persons.birthYear,
    municipalityAgs: persons.municipalityAgs,
  },
};

function selectHandovers(executor: TDbExecutor) {
  return executor
    .select(handoverColumns)
    .from(counsellingHandovers)
    .innerJoin(persons, eq(persons.id, counsellingHandovers.personId))
    .innerJoin(fromDesks, eq(fromDesks.id, counsellingHandovers.fromOrganisationId))
    .innerJoin(toDesks, eq(toDesks.id, counsellingHandovers.toOrganisationId))
    .leftJoin(toUsers, eq(toUsers.id, counsellingHandovers.toUserId))
    .leftJoin(creators, eq(creators.id, counsellingHandovers.createdBy));
}

type THandoverRow = Awaited<ReturnType<ReturnType<typeof selectHandovers>["execute"]>>[number];

function toHandover({ handover, fromDesk, toDesk, toUserName, createdByName, person }: THandoverRow): THandover {
  return {
    id: handover.id,
    caseId: handover.caseId,
    state: handover.state,
    fromDesk,
    toDesk,
    toUser: handover.toUserId && toUserName ? { id: handover.toUserId, displayName: toUserName } : null,
    note: handover.note,
    declineReason: handover.declineReason,
    createdByName,
    createdAt: handover.createdAt.toISOString(),
    decidedAt: handover.decidedAt?.toISOString() ?? null,
    person,
  };
}

type TDecision = { state: "accepted" } | { state: "declined"; reason: string } | { state: "withdrawn" };

/**
 * Handovers of a case between desks (district, municipal units, providers). The sending desk starts
 * one with a note; the receiving desk sees the person and the note while it waits (case-scope.ts)
 * and accepts — the case moves to it — or declines with a reason; the sender may withdraw it.
 */
export function createHandoverAccess(context: TCaseContext) {
  const { db } = context;

  async function readOne(executor: TDbExecutor, id: string): Promise<THandover> {
    const [row] = await selectHandovers(executor).where(eq(counsellingHandovers.id, id));
    if (!row) throw new Error("handover missing");
    return toHandover(row);
  }

  async function start(personId: string, request: THandoverRequest): Promise<THandover> {
    return db.transaction(async (tx) => {
      const row = await findCaseForChange(tx, context, personId, grantsFor(context, casePolicy, "hand_over"));
      const [pending] = await tx
        .select({ id: counsellingHandovers.id })
        .from(counsellingHandovers)
        .where(and(eq(counsellingHandovers.caseId, row.id), eq(counsellingHandovers.state, "pending")));
      if (pending) throw new HttpProblem(409, "handoverPending");
      const [target] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, request.toOrganisationId));
      if (!target)
        throw new FieldRuleViolation([{ pointer: "/body/toOrganisationId", code: "handover_target_not_desk" }]);
      if (target.id === row.deskOrganisationId) {
        throw new FieldRuleViolation([{ pointer: "/body/toOrganisationId", code: "handover_to_own_desk" }]);
      }
      if (request.toUserId !== null && !(await isDeskWorker(tx, target.id, request.toUserId))) {
        throw new FieldRuleViolation([{ pointer: "/body/toUserId", code: "case_assignee_not_of_desk" }]);
      }
      const [created] = await tx
        .insert(counsellingHandovers)
        .values({
          caseId: row.id,
          personId,
          fromOrganisationId: row.deskOrganisationId,
          toOrganisationId: target.id,
          toUserId: request.toUserId,
          note: request.note,
          createdBy: actingUserId(context),
        })
        .returning({ id: counsellingHandovers.id });
      if (!created) throw new Error("handover not created");
      await recordAuditEvent(tx, auditFor(context, casePolicy, "hand_over"), {
        action: "counselling_handover.create",
        subjectType: "counselling_handover",
        subjectId: created.id,
        personId,
        detail: { caseId: row.id, toOrganisationId: target.id },
      });
      return readOne(tx, created.id);
    });
  }

  /**
   * Handovers received by or sent from the actor's desks. Only persons the actor may read are
   * listed: while pending the receiving desk may; after a decline it no longer does.
   */
  async function list(query: THandoverListQuery): Promise<THandover[]> {
    const desks = desksFor(context, handoverPolicy, "list");
    if (desks.length === 0) return [];
    const deskColumn =
      query.box === "incoming" ? counsellingHandovers.toOrganisationId : counsellingHandovers.fromOrganisationId;
    return db.transaction(async (tx) => {
      const rows = await selectHandovers(tx)
        .where(
          and(
            inArray(deskColumn, desks),
            eq(counsellingHandovers.state, query.state),
            context.persons.scopeFor("read"),
          ),
        )
        .orderBy(desc(counsellingHandovers.createdAt), desc(counsellingHandovers.id))
        .limit(200);
      await recordAuditEvents(
        tx,
        auditFor(context, handoverPolicy, "list"),
        rows.map((row) => ({
          action: "counselling_handover.list",
          subjectType: "counselling_handover",
          subjectId: row.handover.id,
          personId: row.person.id,
          detail: { box: query.box },
        })),
      );
      return rows.map(toHandover);
    });
  }

  async function decide(handoverId: string, decision: TDecision): Promise<THandover> {
    const policyAction = decision.state === "withdrawn" ? "withdraw" : "decide";
    const desks = desksFor(context, handoverPolicy, policyAction);
    const deskColumn =
      decision.state === "withdrawn" ? counsellingHandovers.fromOrganisationId : counsellingHandovers.toOrganisationId;
    return db.transaction(async (tx) => {
      const [handover] =
        desks.length === 0
          ? []
          : await tx
              .select()
              .from(counsellingHandovers)
              .where(and(eq(counsellingHandovers.id, handoverId), inArray(deskColumn, desks)))
              .for("update");
      if (!handover) throw new HttpProblem(404, "notFound");
      if (handover.state !== "pending") throw new HttpProblem(409, "handoverNotPending");
      await tx
        .update(counsellingHandovers)
        .set({
          state: decision.state,
          declineReason: decision.state === "declined" ? decision.reason : null,
          decidedBy: actingUserId(context),
          decidedAt: sql`now()`,
        })
        .where(eq(counsellingHandovers.id, handoverId));
      if (decision.state === "accepted") {
        await tx
          .update(counsellingCases)
          .set({
            deskOrganisationId: handover.toOrganisationId,
            assigneeUserId: handover.toUserId,
            updatedAt: sql`now()`,
          })
          .where(eq(counsellingCases.id, handover.caseId));
      }
      const actions = {
        accepted: "counselling_handover.accept",
        declined: "counselling_handover.decline",
        withdrawn: "counselling_handover.withdraw",
      } as const;
      await recordAuditEvent(tx, auditFor(context, handoverPolicy, policyAction), {
        action: actions[decision.state],
        subjectType: "counselling_handover",
        subjectId: handoverId,
        personId: handover.personId,
        detail: {
          caseId: handover.caseId,
          fromOrganisationId: handover.fromOrganisationId,
          toOrganisationId: handover.toOrganisationId,
        },
      });
      return readOne(tx, handoverId);
    });
  }

  return {
    start,
    list,
    accept: (handoverId: string) => decide(handoverId, { state: "accepted" }),
    decline: (handoverId: string, body: THandoverDecline) =>
      decide(handoverId, { state: "declined", reason: body.reason }),
    withdraw: (handoverId: string) => decide(handoverId, { state: "withdrawn" }),
  };
}
