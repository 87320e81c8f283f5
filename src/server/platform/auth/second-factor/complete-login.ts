import { and, eq } from "drizzle-orm";
import type { TCurrentUser } from "../../../../common/platform/session-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../../audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../db/database.js";
import { HttpProblem } from "../../http/problems.js";
import type { TPendingSession } from "../actor.js";
import { sessions } from "../auth-tables.js";
import { recordLoginEvent, type TLoginSettings } from "../log-in.js";
import { createSession, findCurrentUser, hashToken, type TClientInfo } from "../session-service.js";
import { recordLockouts } from "../throttle/login-throttles.js";
import { clearAttempts, hashThrottleSubject, takeAttempt } from "../throttle/throttle.js";
import { spendRecoveryCode } from "./recovery-codes.js";
import { confirmTotpEnrolment, hasConfirmedTotp, verifyTotpCode } from "./totp-credentials.js";

/** Parsed ZSecondFactorRequest. */
export type TSecondFactorInput = { code: string } | { recoveryCode: string };

type TCompleted = { token: string; user: TCurrentUser };

/**
 * Replaces the pending session with a complete one under a new token (session fixation: whoever
 * knew the pending token gains nothing). Fails if another request completed it first.
 */
async function replacePendingSession(
  tx: TDbExecutor,
  pending: TPendingSession,
  settings: TLoginSettings,
  client: TClientInfo,
): Promise<string> {
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.tokenHash, hashToken(pending.sessionToken)), eq(sessions.stage, "second_factor_pending")))
    .returning({ id: sessions.id });
  if (ended.length === 0) throw new HttpProblem(401, "unauthorized");
  return createSession(tx, pending.userId, settings.session, client, "complete");
}

function auditContextOfPending(pending: TPendingSession, client: TClientInfo): TAuditContext {
  return { actorUserId: pending.userId, actorTokenId: null, organisationIds: [], ipAddress: client.ipAddress };
}

/**
 * Runs one second-factor attempt under the user's throttle: `check` returns a result on success or
 * undefined for a wrong code. Failures are audited (and lockouts); a success clears the throttle.
 */
async function attemptSecondFactor<TResult>(
  db: TDb,
  pending: TPendingSession,
  settings: TLoginSettings,
  client: TClientInfo,
  check: (tx: TDbExecutor) => Promise<TResult | undefined>,
): Promise<TResult> {
  const throttle = settings.throttles.secondFactor;
  const subject = hashThrottleSubject(pending.userId);
  const attempt = await takeAttempt(db, throttle, subject);
  const result = await db.transaction(check);
  if (result === undefined) {
    const audit = auditContextOfPending(pending, client);
    await db.transaction(async (tx) => {
      const userSubject = { subjectType: "user", subjectId: pending.userId };
      await recordAuditEvent(tx, audit, { action: "session.second_factor_failed", ...userSubject });
      await recordLockouts(tx, audit, [{ throttle, ...attempt }], userSubject);
    });
    throw new HttpProblem(401, "invalidSecondFactor");
  }
  await clearAttempts(db, throttle, subject);
  return result;
}

async function loadCompleted(db: TDb, userId: string, token: string): Promise<TCompleted> {
  const user = await findCurrentUser(db, userId);
  if (!user) throw new HttpProblem(401, "unauthorized");
  return { token, user };
}

/** The second step of a login: a current TOTP code or an unused recovery code completes the session. */
export async function verifySecondFactor(
  db: TDb,
  pending: TPendingSession,
  input: TSecondFactorInput,
  settings: TLoginSettings,
  client: TClientInfo,
): Promise<TCompleted> {
  if (!(await hasConfirmedTotp(db, pending.userId))) throw new HttpProblem(409, "secondFactorNotEnrolled");
  const token = await attemptSecondFactor(db, pending, settings, client, async (tx) => {
    const method = "code" in input ? "totp" : "recovery_code";
    const isValid =
      "code" in input
        ? await verifyTotpCode(tx, pending.userId, input.code)
        : await spendRecoveryCode(tx, pending.userId, input.recoveryCode);
    if (!isValid) return undefined;
    const created = await replacePendingSession(tx, pending, settings, client);
    await recordLoginEvent(tx, auditContextOfPending(pending, client), pending.userId, { secondFactor: method });
    return created;
  });
  return loadCompleted(db, pending.userId, token);
}

/** First login of a user who must enrol: the first code confirms the authenticator and completes the session. */
export async function confirmEnrolmentAtLogin(
  db: TDb,
  pending: TPendingSession,
  code: string,
  settings: TLoginSettings,
  client: TClientInfo,
): Promise<TCompleted & { recoveryCodes: string[] }> {
  const { token, recoveryCodes } = await attemptSecondFactor(db, pending, settings, client, async (tx) => {
    const codes = await confirmTotpEnrolment(tx, pending.userId, code);
    if (!codes) return undefined;
    const created = await replacePendingSession(tx, pending, settings, client);
    const audit = auditContextOfPending(pending, client);
    await recordAuditEvent(tx, audit, {
      action: "second_factor.enrol",
      subjectType: "user",
      subjectId: pending.userId,
    });
    await recordLoginEvent(tx, audit, pending.userId, { secondFactor: "enrolment" });
    return { token: created, recoveryCodes: codes };
  });
  return { ...(await loadCompleted(db, pending.userId, token)), recoveryCodes };
}
