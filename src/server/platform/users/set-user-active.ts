import { eq } from "drizzle-orm";
import type { TUserSummary } from "../../../common/platform/user-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import { users } from "../auth/auth-tables.js";
import { endAllSessions } from "../auth/end-all-sessions.js";
import { retireSingleUseTokens } from "../auth/single-use-tokens.js";
import type { TDb } from "../db/database.js";
import { assertAnotherActiveAdministrator } from "./administrators.js";
import { findUser } from "./find-user.js";

/**
 * Deactivates a user: they cannot log in, their sessions end now, their open invitation and reset
 * links stop working. The last active administrator cannot be deactivated (409).
 */
export async function deactivateUser(
  db: TDb,
  actor: TAuthenticatedActor,
  audit: TAuditContext,
  id: string,
): Promise<TUserSummary> {
  const current = await findUser(db, actor, id, "deactivate");
  if (current.status === "deactivated") return current;
  return db.transaction(async (tx) => {
    await assertAnotherActiveAdministrator(tx, { userId: id });
    await tx.update(users).set({ isActive: false, invitedAt: null }).where(eq(users.id, id));
    const endedSessions = await endAllSessions(tx, id);
    await retireSingleUseTokens(tx, id, "invitation");
    await retireSingleUseTokens(tx, id, "password_reset");
    await recordAuditEvent(tx, audit, {
      action: "user.deactivate",
      subjectType: "user",
      subjectId: id,
      detail: { endedSessions, wasInvited: current.status === "invited" },
    });
    return findUser(tx, actor, id);
  });
}

/**
 * Lets a deactivated user log in again. Someone deactivated before accepting an invitation has no
 * password yet; they set one through "forgot password".
 */
export async function reactivateUser(
  db: TDb,
  actor: TAuthenticatedActor,
  audit: TAuditContext,
  id: string,
): Promise<TUserSummary> {
  const current = await findUser(db, actor, id, "reactivate");
  if (current.status !== "deactivated") return current;
  return db.transaction(async (tx) => {
    await tx.update(users).set({ isActive: true }).where(eq(users.id, id));
    await recordAuditEvent(tx, audit, { action: "user.reactivate", subjectType: "user", subjectId: id });
    return findUser(tx, actor, id);
  });
}
