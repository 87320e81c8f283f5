import { eq } from "drizzle-orm";
import { auditContextOf, recordAuditEvent } from "../audit/record-audit-event.js";
import type { TDb } from "../db/database.js";
import type { TActor } from "./actor-types.js";
import { sessions } from "./auth-tables.js";
import { hashToken } from "./session-service.js";

/** Ends this session and records the logout. */
export async function logOut(db: TDb, actor: Extract<TActor, { kind: "user" }>, ipAddress: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(actor.sessionToken)));
    await recordAuditEvent(tx, auditContextOf(actor, ipAddress), {
      action: "session.logout",
      subjectType: "user",
      subjectId: actor.userId,
    });
  });
}
