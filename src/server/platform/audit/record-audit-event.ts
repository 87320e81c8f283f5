import { type SQL, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { TActor } from "../auth/actor-types.js";
import type { TDbExecutor } from "../db/database.js";
import type { TAuditAction } from "./audit-actions.js";
import { auditEvents } from "./audit-tables.js";

/** Who did it and from where: taken from the request, or built by hand for jobs and commands. */
export type TAuditContext = {
  actorUserId: string | null;
  actorTokenId: string | null;
  organisationIds: string[];
  ipAddress: string | null;
};

export type TAuditEvent = {
  action: TAuditAction;
  subjectType?: string;
  subjectId?: string;
  personId?: string;
  purpose?: string;
  /** Names of fields, counts, reasons: never the contents of a person's record. */
  detail?: Record<string, unknown>;
};

export function auditContextOf(actor: TActor, ipAddress: string | null): TAuditContext {
  if (actor.kind === "anonymous") return { actorUserId: null, actorTokenId: null, organisationIds: [], ipAddress };
  const organisationIds = [...new Set(actor.memberships.map((membership) => membership.organisationId))];
  return {
    actorUserId: actor.kind === "user" ? actor.userId : null,
    actorTokenId: actor.kind === "api_token" ? actor.tokenId : null,
    organisationIds,
    ipAddress,
  };
}

export function auditContextOfRequest(request: FastifyRequest): TAuditContext {
  return auditContextOf(request.actor, request.ip);
}

/**
 * Appends events to the audit trail. Pass the transaction that makes the change, so the record
 * and its audit entry commit or fail together.
 */
export async function recordAuditEvents(db: TDbExecutor, context: TAuditContext, events: TAuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.insert(auditEvents).values(
    events.map((event) => ({
      action: event.action,
      actorUserId: context.actorUserId,
      actorTokenId: context.actorTokenId,
      organisationIds: context.organisationIds,
      ipAddress: context.ipAddress,
      subjectType: event.subjectType ?? null,
      subjectId: event.subjectId ?? null,
      personId: event.personId ?? null,
      purpose: event.purpose ?? null,
      detail: event.detail ?? {},
    })),
  );
}

export function recordAuditEvent(db: TDbExecutor, context: TAuditContext, event: TAuditEvent): Promise<void> {
  return recordAuditEvents(db, context, [event]);
}

/**
 * An INSERT … SELECT that appends one event per row of `rows` (a CTE or subquery), for reads that
 * audit themselves in the same statement as a data-modifying CTE. The trigger chains each row as
 * for any other insert.
 */
export function buildAuditInsertForRows(
  context: TAuditContext,
  event: { action: TAuditAction; subjectType: string; purpose: string | undefined },
  source: { rows: SQL; personId: SQL },
): SQL {
  return sql`insert into ${auditEvents} (
      ${sql.identifier(auditEvents.action.name)}, ${sql.identifier(auditEvents.actorUserId.name)},
      ${sql.identifier(auditEvents.actorTokenId.name)}, ${sql.identifier(auditEvents.organisationIds.name)},
      ${sql.identifier(auditEvents.ipAddress.name)}, ${sql.identifier(auditEvents.subjectType.name)},
      ${sql.identifier(auditEvents.subjectId.name)}, ${sql.identifier(auditEvents.personId.name)},
      ${sql.identifier(auditEvents.purpose.name)}
    )
    select ${event.action}, ${context.actorUserId}::uuid, ${context.actorTokenId}::uuid,
      ${sql.param(context.organisationIds)}::uuid[], ${context.ipAddress}, ${event.subjectType},
      ${source.personId}, ${source.personId}, ${event.purpose ?? null}
    from ${source.rows}`;
}
