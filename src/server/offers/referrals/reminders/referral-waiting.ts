import { and, eq, isNotNull, lt, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { TDb } from "../../../platform/db/database.js";
import type { TMailer } from "../../../platform/mail/mailer.js";
import { referrals } from "../referral-tables.js";

/** How many referrals one query reads or one transaction expires, so a backlog never loads at once. */
export const chunkSize = 200;

/**
 * One run of the reminders for a day (YYYY-MM-DD, Europe/Berlin): waiting is counted in the
 * district's calendar days, so a referral sent on Monday has waited 5 days on Saturday whatever
 * the hour. Tests pass the day; the job passes today.
 */
export type TReminderRun = {
  db: TDb;
  logger: FastifyBaseLogger;
  day: string;
  remindAfterDays: number;
  expireAfterDays: number;
};

export type TMailingRun = TReminderRun & { mailer: TMailer; link: string };

/** The Berlin calendar day of a timestamp column. */
function berlinDateOf(column: SQLWrapper): SQL {
  return sql`(${column} at time zone 'Europe/Berlin')::date`;
}

/** Days from sending to `day`. */
export function daysWaitedOn(day: string): SQL<number> {
  return sql<number>`(${day}::date - ${berlinDateOf(referrals.sentAt)})::int`;
}

/** Days from sending to the last change, which for an expired referral (a final state) is its expiry. */
export const daysWaitedUntilExpiry: SQL<number> = sql<number>`(${berlinDateOf(referrals.updatedAt)} - ${berlinDateOf(referrals.sentAt)})::int`;

/**
 * Referrals to a provider on the platform still waiting for its answer, sent at least `days`
 * calendar days before `day`: compared on sent_at itself (before the Berlin midnight that starts
 * the day after the last one that qualifies). A referral outside the platform (a printed letter)
 * is never answered here, so it neither reminds nor expires.
 */
export function isWaitingSince(day: string, days: number): SQL | undefined {
  return and(
    eq(referrals.status, "sent"),
    isNotNull(referrals.providerId),
    lt(referrals.sentAt, sql`(${day}::date - ${days - 1}::int)::timestamp at time zone 'Europe/Berlin'`),
  );
}

/**
 * Runs each mailing in its own turn and collects failures, so one unreachable recipient never
 * keeps the others from theirs; the caller throws them at the end for pg-boss to retry.
 */
export async function mailEach<TItem>(
  items: TItem[],
  logger: FastifyBaseLogger,
  describeItem: (item: TItem) => Record<string, unknown>,
  mailOne: (item: TItem) => Promise<boolean>,
  failures: unknown[],
): Promise<number> {
  let sent = 0;
  for (const item of items) {
    try {
      if (await mailOne(item)) sent += 1;
    } catch (error) {
      logger.error({ err: error, ...describeItem(item) }, "referral reminder not sent");
      failures.push(error);
    }
  }
  return sent;
}
