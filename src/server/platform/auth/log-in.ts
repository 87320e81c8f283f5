import type { TCurrentUser, TLoginRequest } from "../../../common/platform/session-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../audit/record-audit-event.js";
import type { TDb } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import { createSession, findCurrentUser, type TSessionPolicy, verifyCredentials } from "./session-service.js";

type TClient = { ipAddress: string; userAgent: string | undefined };

/**
 * Checks the credentials and opens a new session (a fresh token at every login, so a token planted
 * before login is worthless). Every failure is the same 401, with no hint which part was wrong;
 * successes and failures both land in the audit trail.
 */
export async function logIn(
  db: TDb,
  credentials: TLoginRequest,
  policy: TSessionPolicy,
  client: TClient,
): Promise<{ token: string; user: TCurrentUser }> {
  const { userId, isValid } = await verifyCredentials(db, credentials.email, credentials.password);
  const user = isValid && userId ? await findCurrentUser(db, userId) : undefined;
  const audit: TAuditContext = {
    actorUserId: null,
    actorTokenId: null,
    organisationIds: [],
    ipAddress: client.ipAddress,
  };
  if (!userId || !user) {
    await recordAuditEvent(db, audit, {
      action: "session.login_failed",
      ...(userId ? { subjectType: "user", subjectId: userId } : {}),
    });
    throw new HttpProblem(401, "invalidCredentials");
  }
  const token = await db.transaction(async (tx) => {
    const created = await createSession(tx, userId, policy, client);
    const organisationIds = [...new Set(user.memberships.map((membership) => membership.organisationId))];
    await recordAuditEvent(
      tx,
      { ...audit, actorUserId: userId, organisationIds },
      { action: "session.login", subjectType: "user", subjectId: userId },
    );
    return created;
  });
  return { token, user };
}
