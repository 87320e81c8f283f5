import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { TActiveSession } from "../../../common/platform/security-schemas.js";
import { auditContextOf, recordAuditEvent } from "../audit/record-audit-event.js";
import type { TDb } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import type { TActor } from "./actor-types.js";
import { sessions } from "./auth-tables.js";
import { hashToken } from "./session-service.js";

type TUserActor = Extract<TActor, { kind: "user" }>;

/** The user's live, complete sessions, newest first; the requesting one is marked. */
export async function listActiveSessions(db: TDb, actor: TUserActor): Promise<TActiveSession[]> {
  const rows = await db
    .select({
      id: sessions.id,
      tokenHash: sessions.tokenHash,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ipAddress: sessions.ipAddress,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, actor.userId),
        eq(sessions.stage, "complete"),
        gt(sessions.idleExpiresAt, sql`now()`),
        gt(sessions.absoluteExpiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
  const currentHash = hashToken(actor.sessionToken);
  return rows.map(({ tokenHash, createdAt, lastSeenAt, ...row }) => ({
    ...row,
    createdAt: createdAt.toISOString(),
    lastSeenAt: lastSeenAt.toISOString(),
    isCurrent: tokenHash === currentHash,
  }));
}

/** Ends one of the user's own sessions (another device, or this one). Someone else's is 404. */
export async function endSession(db: TDb, actor: TUserActor, sessionId: string, ipAddress: string): Promise<void> {
  await db.transaction(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, actor.userId)))
      .returning({ id: sessions.id });
    if (ended.length === 0) throw new HttpProblem(404, "notFound");
    await recordAuditEvent(tx, auditContextOf(actor, ipAddress), {
      action: "session.end",
      subjectType: "session",
      subjectId: sessionId,
    });
  });
}

/** "Log out everywhere": every session of the user ends, this one included. */
export async function logOutEverywhere(db: TDb, actor: TUserActor, ipAddress: string): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await tx.delete(sessions).where(eq(sessions.userId, actor.userId)).returning({ id: sessions.id });
    await recordAuditEvent(tx, auditContextOf(actor, ipAddress), {
      action: "session.logout_everywhere",
      subjectType: "user",
      subjectId: actor.userId,
      detail: { sessions: ended.length },
    });
    return ended.length;
  });
}
