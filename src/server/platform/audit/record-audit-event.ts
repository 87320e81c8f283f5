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
