import { eq } from "drizzle-orm";
import type { TUserSummary, TUserUpdate } from "../../../common/platform/user-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import { users } from "../auth/auth-tables.js";
import type { TDb } from "../db/database.js";
import { findUser } from "./find-user.js";

/** Changes a user's name or mail language; audited with the names of the changed fields. */
export async function updateUser(
  db: TDb,
  actor: TAuthenticatedActor,
  audit: TAuditContext,
  id: string,
  input: TUserUpdate,
): Promise<TUserSummary> {
  const current = await findUser(db, actor, id, "update");
  const changes: TUserUpdate = {};
  if (input.displayName !== undefined && input.displayName !== current.displayName)
    changes.displayName = input.displayName;
  if (input.locale !== undefined && input.locale !== current.locale) changes.locale = input.locale;
  if (Object.keys(changes).length === 0) return current;
  return db.transaction(async (tx) => {
    await tx.update(users).set(changes).where(eq(users.id, id));
    await recordAuditEvent(tx, audit, {
      action: "user.update",
      subjectType: "user",
      subjectId: id,
      detail: { fields: Object.keys(changes) },
    });
    return findUser(tx, actor, id);
  });
}
