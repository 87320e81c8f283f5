import { createHash } from "node:crypto";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { TDb } from "../../db/database.js";
import { HttpProblem } from "../../http/problems.js";
import { authThrottles } from "./throttle-tables.js";

/**
 * Failed-attempt throttle with progressive lockout, stored in PostgreSQL so that every instance on
 * one database sees the same counters (an in-memory limiter would give an attacker a fresh budget
 * per instance).
 *
 * A key is (purpose, subject): e.g. ("login_email", hash of the normalised address), ("login_address",
 * hash of the client address), ("second_factor", hash of the user id). Use it like this:
 *
 *   const throttle = defineThrottle("password_reset_email", config.lockout.threshold);
 *   const subject = hashThrottleSubject(email.trim().toLowerCase());
 *   const attempt = await takeAttempt(db, throttle, subject);   // 429 problem (Retry-After) while locked
 *   if (!isCorrect) {
 *     if (attempt.hasLocked) await recordAuditEvent(…, { action: "session.locked_out", detail: { purpose } });
 *     throw …;                                                   // the attempt stays counted as a failure
 *   }
 *   await clearAttempts(db, throttle, subject);                  // success: the key starts over
 *   // or refundAttempt(db, throttle, subject) for keys a success must not wipe (client addresses)
 *
 * - `takeAttempt` counts the attempt as a failure *before* the caller checks it, so parallel guesses
 *   cannot all slip through between a check and a write. While the key is locked it throws a 429
 *   `HttpProblem` ("tooManyAttempts") with a Retry-After header, and does not count. Callers answer
 *   alike whether the subject exists or not (no user enumeration): the key never depends on it.
 * - The attempt that brings the failures to `maxFailures` locks the key (`hasLocked: true`): for
 *   1 minute the first time, then 2, 4, 8 … minutes for each further lockout, at most 1 hour.
 *   The failure count starts over after each lockout.
 * - A key left alone for a day (no attempt) is forgotten: failures and lockouts start over.
 */

export type TThrottle = { purpose: string; maxFailures: number };

export type TAttempt = { hasLocked: boolean };

const FIRST_LOCKOUT_SECONDS = 60;
const LONGEST_LOCKOUT_SECONDS = 3600;
const FORGET_AFTER_SECONDS = 24 * 3600;

export function defineThrottle(purpose: string, maxFailures: number): TThrottle {
  if (!/^[a-z][a-z0-9_]*$/.test(purpose)) throw new Error(`throttle purpose ${purpose} must be snake_case`);
  if (!Number.isInteger(maxFailures) || maxFailures < 1) throw new Error("maxFailures must be a positive integer");
  return { purpose, maxFailures };
}

/** Subjects are stored hashed: the throttle table must not become a list of addresses tried. */
export function hashThrottleSubject(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** How long the n-th lockout (1-based) lasts. */
export function lockoutSeconds(lockoutNumber: number): number {
  return Math.min(FIRST_LOCKOUT_SECONDS * 2 ** Math.min(lockoutNumber - 1, 20), LONGEST_LOCKOUT_SECONDS);
}

/** The 429 answer for a locked key; the same text whatever the key is. */
export class LockedOutProblem extends HttpProblem {
  constructor(readonly retryAfterSeconds: number) {
    super(429, "tooManyAttempts", { headers: { "retry-after": String(retryAfterSeconds) } });
  }
}

type TThrottleRow = { failures: number; lockouts: number; locked_seconds_left: number | null; is_stale: boolean };

/** Counts one attempt as a failure (see the file header); throws LockedOutProblem while locked. */
export async function takeAttempt(db: TDb, throttle: TThrottle, subject: string): Promise<TAttempt> {
  return db.transaction(async (tx) => {
    await tx.insert(authThrottles).values({ purpose: throttle.purpose, subject }).onConflictDoNothing();
    const result = await tx.execute<TThrottleRow>(sql`
      select ${authThrottles.failures} as failures, ${authThrottles.lockouts} as lockouts,
        ceil(extract(epoch from ${authThrottles.lockedUntil} - now()))::int as locked_seconds_left,
        ${authThrottles.updatedAt} < now() - make_interval(secs => ${FORGET_AFTER_SECONDS}) as is_stale
      from ${authThrottles}
      where ${authThrottles.purpose} = ${throttle.purpose} and ${authThrottles.subject} = ${subject}
      for update`);
    const row = result.rows[0];
    if (!row) throw new Error("throttle row vanished inside its transaction");
    if (row.locked_seconds_left !== null && row.locked_seconds_left > 0) {
      throw new LockedOutProblem(row.locked_seconds_left);
    }
    const failures = (row.is_stale ? 0 : row.failures) + 1;
    const lockouts = row.is_stale ? 0 : row.lockouts;
    const hasLocked = failures >= throttle.maxFailures;
    await tx
      .update(authThrottles)
      .set({
        failures: hasLocked ? 0 : failures,
        lockouts: hasLocked ? lockouts + 1 : lockouts,
        lockedUntil: hasLocked ? sql`now() + make_interval(secs => ${lockoutSeconds(lockouts + 1)})` : null,
        updatedAt: sql`now()`,
      })
      .where(and(eq(authThrottles.purpose, throttle.purpose), eq(authThrottles.subject, subject)));
    return { hasLocked };
  });
}

/** After a success: the key starts over (failures and lockouts). */
export async function clearAttempts(db: TDb, throttle: TThrottle, subject: string): Promise<void> {
  await db
    .delete(authThrottles)
    .where(and(eq(authThrottles.purpose, throttle.purpose), eq(authThrottles.subject, subject)));
}

/**
 * After a success on a key that many people share (a client address behind an office's NAT): takes
 * back only this attempt, so one good login cannot wipe an attacker's failures from the same address.
 */
export async function refundAttempt(db: TDb, throttle: TThrottle, subject: string): Promise<void> {
  await db
    .update(authThrottles)
    .set({ failures: sql`greatest(${authThrottles.failures} - 1, 0)` })
    .where(and(eq(authThrottles.purpose, throttle.purpose), eq(authThrottles.subject, subject)));
}

/** Deletes keys nobody tried for a day and not locked any more (they would start over anyway). */
export async function purgeStaleThrottles(db: TDb): Promise<number> {
  const deleted = await db
    .delete(authThrottles)
    .where(
      and(
        lt(authThrottles.updatedAt, sql`now() - make_interval(secs => ${FORGET_AFTER_SECONDS})`),
        or(isNull(authThrottles.lockedUntil), lt(authThrottles.lockedUntil, sql`now()`)),
      ),
    )
    .returning({ purpose: authThrottles.purpose });
  return deleted.length;
}

/**
 * Throws LockedOutProblem while the key is locked, without counting anything: for checks on every
 * request (API tokens), where only failures should cost a write.
 */
export async function assertNotLocked(db: TDb, throttle: TThrottle, subject: string): Promise<void> {
  const [row] = await db
    .select({ secondsLeft: sql<number>`ceil(extract(epoch from ${authThrottles.lockedUntil} - now()))::int` })
    .from(authThrottles)
    .where(
      and(
        eq(authThrottles.purpose, throttle.purpose),
        eq(authThrottles.subject, subject),
        sql`${authThrottles.lockedUntil} > now()`,
      ),
    );
  if (row) throw new LockedOutProblem(Math.max(row.secondsLeft, 1));
}
