import type { TSecondFactorStatus } from "../../../../common/platform/security-schemas.js";
import { auditContextOf, recordAuditEvent } from "../../audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../db/database.js";
import { HttpProblem } from "../../http/problems.js";
import type { TActor } from "../actor-types.js";
import { recordLockouts } from "../throttle/login-throttles.js";
import { clearAttempts, hashThrottleSubject, type TThrottle, takeAttempt } from "../throttle/throttle.js";
import { countRecoveryCodesLeft, replaceRecoveryCodes } from "./recovery-codes.js";
import { isSecondFactorRequiredFor } from "./second-factor-roles.js";
import { confirmTotpEnrolment, findTotpConfirmedAt, verifyTotpCode } from "./totp-credentials.js";

type TUserActor = Extract<TActor, { kind: "user" }>;
type TRequestContext = { ipAddress: string; throttle: TThrottle };

export async function readSecondFactorStatus(db: TDb, actor: TUserActor): Promise<TSecondFactorStatus> {
  const confirmedAt = await findTotpConfirmedAt(db, actor.userId);
  const isEnrolled = confirmedAt !== null;
  return {
    isEnrolled,
    isRequired: isEnrolled || isSecondFactorRequiredFor(actor.memberships.map((membership) => membership.role)),
    confirmedAt: confirmedAt?.toISOString() ?? null,
    recoveryCodesLeft: isEnrolled ? await countRecoveryCodesLeft(db, actor.userId) : 0,
  };
}

/** A wrong code in a form of a signed-in user: a field problem at `code`, not a 401 (the session is fine). */
function invalidCode(): HttpProblem {
  return new HttpProblem(422, "invalidSecondFactor", {
    errors: [{ pointer: "/body/code", detail: "invalid or already used code", code: "invalid_code" }],
  });
}

/** Same throttle as at login: a stolen session must not become a way to guess codes without limit. */
async function attemptWithCode<TResult>(
  db: TDb,
  actor: TUserActor,
  context: TRequestContext,
  check: (tx: TDbExecutor) => Promise<TResult | undefined>,
): Promise<TResult> {
  const subject = hashThrottleSubject(actor.userId);
  const attempt = await takeAttempt(db, context.throttle, subject);
  const result = await db.transaction(check);
  if (result === undefined) {
    await db.transaction(async (tx) => {
      const audit = auditContextOf(actor, context.ipAddress);
      const userSubject = { subjectType: "user", subjectId: actor.userId };
      await recordAuditEvent(tx, audit, { action: "session.second_factor_failed", ...userSubject });
      await recordLockouts(tx, audit, [{ throttle: context.throttle, ...attempt }], userSubject);
    });
    throw invalidCode();
  }
  await clearAttempts(db, context.throttle, subject);
  return result;
}

/** A signed-in user enrols voluntarily; from now on their logins need the second factor too. */
export function confirmVoluntaryEnrolment(
  db: TDb,
  actor: TUserActor,
  code: string,
  context: TRequestContext,
): Promise<string[]> {
  return attemptWithCode(db, actor, context, async (tx) => {
    const codes = await confirmTotpEnrolment(tx, actor.userId, code);
    if (!codes) return undefined;
    await recordAuditEvent(tx, auditContextOf(actor, context.ipAddress), {
      action: "second_factor.enrol",
      subjectType: "user",
      subjectId: actor.userId,
    });
    return codes;
  });
}

/** New recovery codes (the old ones stop working); needs a current code, so a stolen session alone is not enough. */
export async function regenerateRecoveryCodes(
  db: TDb,
  actor: TUserActor,
  code: string,
  context: TRequestContext,
): Promise<string[]> {
  if ((await findTotpConfirmedAt(db, actor.userId)) === null) throw new HttpProblem(409, "secondFactorNotEnrolled");
  return attemptWithCode(db, actor, context, async (tx) => {
    if (!(await verifyTotpCode(tx, actor.userId, code))) return undefined;
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAuditEvent(tx, auditContextOf(actor, context.ipAddress), {
      action: "second_factor.recovery_codes_regenerate",
      subjectType: "user",
      subjectId: actor.userId,
    });
    return codes;
  });
}
