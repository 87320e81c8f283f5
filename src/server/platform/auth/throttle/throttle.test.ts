import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../testing/test-database.js";
import type { TDatabase } from "../../db/database.js";
import {
  clearAttempts,
  defineThrottle,
  LockedOutProblem,
  lockoutSeconds,
  purgeStaleThrottles,
  refundAttempt,
  takeAttempt,
} from "./throttle.js";
import { authThrottles } from "./throttle-tables.js";

let database: TDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const throttle = defineThrottle("test_purpose", 3);

async function failTimes(subject: string, times: number) {
  const attempts = [];
  for (let i = 0; i < times; i++) attempts.push(await takeAttempt(database.db, throttle, subject));
  return attempts;
}

async function lockedSecondsLeft(subject: string): Promise<number | undefined> {
  return takeAttempt(database.db, throttle, subject).then(
    () => undefined,
    (error: unknown) => (error instanceof LockedOutProblem ? error.retryAfterSeconds : undefined),
  );
}

/** Lets the current lockout run out without waiting. */
async function expireLock(subject: string) {
  await database.db
    .update(authThrottles)
    .set({ lockedUntil: sql`now() - interval '1 second'` })
    .where(and(eq(authThrottles.purpose, throttle.purpose), eq(authThrottles.subject, subject)));
}

describe("throttle", () => {
  it("doubles each lockout from one minute up to one hour", () => {
    expect([1, 2, 3, 4, 6, 7, 8, 30].map(lockoutSeconds)).toEqual([60, 120, 240, 480, 1920, 3600, 3600, 3600]);
  });

  it("locks the key with the attempt that reaches the threshold, as a 429 with Retry-After", async () => {
    const subject = randomUUID();
    const attempts = await failTimes(subject, 3);
    expect(attempts.map((attempt) => attempt.hasLocked)).toEqual([false, false, true]);
    const problem = await takeAttempt(database.db, throttle, subject).catch((error: unknown) => error);
    expect(problem).toBeInstanceOf(LockedOutProblem);
    expect((problem as LockedOutProblem).statusCode).toBe(429);
    expect((problem as LockedOutProblem).options.headers?.["retry-after"]).toMatch(/^(59|60)$/);
  });

  it("locks for twice as long after the next threshold of failures", async () => {
    const subject = randomUUID();
    await failTimes(subject, 3);
    expect(await lockedSecondsLeft(subject)).toBeGreaterThan(55);
    await expireLock(subject);
    const [first, second, third] = await failTimes(subject, 3);
    expect([first?.hasLocked, second?.hasLocked, third?.hasLocked]).toEqual([false, false, true]);
    const left = await lockedSecondsLeft(subject);
    expect(left).toBeGreaterThan(115);
    expect(left).toBeLessThanOrEqual(120);
  });

  it("does not count attempts made while locked", async () => {
    const subject = randomUUID();
    await failTimes(subject, 3);
    await lockedSecondsLeft(subject);
    await lockedSecondsLeft(subject);
    const [row] = await database.db.select().from(authThrottles).where(eq(authThrottles.subject, subject));
    expect(row?.failures).toBe(0);
    expect(row?.lockouts).toBe(1);
  });

  it("starts over after a success (clear) and takes back one attempt on refund", async () => {
    const cleared = randomUUID();
    await failTimes(cleared, 2);
    await clearAttempts(database.db, throttle, cleared);
    expect((await failTimes(cleared, 2)).some((attempt) => attempt.hasLocked)).toBe(false);

    const refunded = randomUUID();
    await failTimes(refunded, 2);
    await refundAttempt(database.db, throttle, refunded);
    const [row] = await database.db.select().from(authThrottles).where(eq(authThrottles.subject, refunded));
    expect(row?.failures).toBe(1);
  });

  it("keeps purposes apart: the same subject under another purpose has its own count", async () => {
    const subject = randomUUID();
    await failTimes(subject, 3);
    const other = defineThrottle("other_purpose", 3);
    expect(await takeAttempt(database.db, other, subject)).toEqual({ hasLocked: false });
  });

  it("forgets a key left alone for a day, and purges it", async () => {
    const subject = randomUUID();
    await failTimes(subject, 2);
    const ofSubject = eq(authThrottles.subject, subject);
    await database.db.update(authThrottles).set({ updatedAt: sql`now() - interval '25 hours'` }).where(ofSubject);
    expect((await takeAttempt(database.db, throttle, subject)).hasLocked).toBe(false);
    await database.db.update(authThrottles).set({ updatedAt: sql`now() - interval '25 hours'` }).where(ofSubject);
    expect(await purgeStaleThrottles(database.db)).toBeGreaterThanOrEqual(1);
    expect(await database.db.select().from(authThrottles).where(ofSubject)).toEqual([]);
  });

  it("lets no more attempts through than the threshold when they arrive at once", async () => {
    const subject = randomUUID();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => takeAttempt(database.db, throttle, subject)),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
  });
});
