import type { TCurrentUser, TLoginRequest } from "../../../common/platform/session-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../db/database.js";
import { clientNetwork } from "../http/client-network.js";
import { HttpProblem } from "../http/problems.js";
import { isSecondFactorRequired } from "./second-factor/is-second-factor-required.js";
import {
  createSession,
  deleteSessionByToken,
  findCurrentUser,
  type TClientInfo,
  type TSessionPolicy,
  verifyCredentials,
} from "./session-service.js";
import { recordLockouts, type TLoginThrottles } from "./throttle/login-throttles.js";
import { clearAttempts, hashThrottleSubject, refundAttempt, takeAttempt } from "./throttle/throttle.js";

export type TLoginSettings = { session: TSessionPolicy; throttles: TLoginThrottles };

/** The client, and the session cookie it already sent (ended on login: a planted session dies here). */
type TLoginClient = TClientInfo & { previousSessionToken?: string | undefined };

/**
 * Checks the credentials and opens a new session (a fresh token at every login, so a token planted
 * before login is worthless). Every failure is the same 401, with no hint which part was wrong;
 * a locked e-mail address or client address is the same 429 whether the account exists or not.
 * Users who need a second factor get a "second_factor_pending" session (user.stage tells the UI
 * whether to ask for a code or to enrol); the login is audited when the session is complete.
 */
export async function logIn(
  db: TDb,
  credentials: TLoginRequest,
  settings: TLoginSettings,
  client: TLoginClient,
): Promise<{ token: string; user: TCurrentUser }> {
  const { throttles } = settings;
  const addressKey = hashThrottleSubject(clientNetwork(client.ipAddress));
  const emailKey = hashThrottleSubject(credentials.email.trim().toLowerCase());
  const addressAttempt = await takeAttempt(db, throttles.address, addressKey);
  const emailAttempt = await takeAttempt(db, throttles.email, emailKey).catch(async (error: unknown) => {
    await refundAttempt(db, throttles.address, addressKey);
    throw error;
  });
  const { userId, isValid } = await verifyCredentials(db, credentials.email, credentials.password);
  const audit: TAuditContext = {
    actorUserId: null,
    actorTokenId: null,
    organisationIds: [],
    ipAddress: client.ipAddress,
  };
  if (!userId || !isValid) {
    const subject = userId ? { subjectType: "user", subjectId: userId } : undefined;
    await db.transaction(async (tx) => {
      await recordAuditEvent(tx, audit, { action: "session.login_failed", ...subject });
      await recordLockouts(
        tx,
        audit,
        [
          { throttle: throttles.email, ...emailAttempt },
          { throttle: throttles.address, ...addressAttempt },
        ],
        subject,
      );
    });
    throw new HttpProblem(401, "invalidCredentials");
  }
  await clearAttempts(db, throttles.email, emailKey);
  await refundAttempt(db, throttles.address, addressKey);
  const stage = (await isSecondFactorRequired(db, userId)) ? "second_factor_pending" : "complete";
  const token = await db.transaction(async (tx) => {
    if (client.previousSessionToken) await deleteSessionByToken(tx, client.previousSessionToken);
    const created = await createSession(tx, userId, settings.session, client, stage);
    if (stage === "complete") await recordLoginEvent(tx, audit, userId);
    return created;
  });
  const user = await findCurrentUser(db, userId, stage);
  if (!user) throw new HttpProblem(401, "invalidCredentials");
  return { token, user };
}

/** "session.login", attributed to the user and their organisations, once the session is complete. */
export async function recordLoginEvent(
  tx: TDbExecutor,
  audit: TAuditContext,
  userId: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  const user = await findCurrentUser(tx, userId);
  const organisationIds = [...new Set(user?.memberships.map((membership) => membership.organisationId))];
  await recordAuditEvent(
    tx,
    { ...audit, actorUserId: userId, organisationIds },
    { action: "session.login", subjectType: "user", subjectId: userId, ...(detail ? { detail } : {}) },
  );
}
