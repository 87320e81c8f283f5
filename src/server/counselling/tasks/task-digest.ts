import { and, eq, exists, lte, not, or, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import { memberships, users } from "../../platform/auth/auth-tables.js";
import type { TDb } from "../../platform/db/database.js";
import { buildTaskDigestMail, toMailLocale } from "../../platform/mail/mail-templates.js";
import type { TMailer } from "../../platform/mail/mailer.js";
import { counsellingTasks, taskDigestDeliveries } from "./task-tables.js";

export type TDigestRecipient = {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  overdue: number;
  dueToday: number;
  reminded: number;
};

/**
 * Active caseworkers with open tasks that are overdue, due today, or whose reminder date has come,
 * and who have had no digest today. A reminder keeps counting until the task is due, so a day
 * without a digest (a failed run) loses nothing.
 */
export function findDigestRecipients(db: TDb, day: string): Promise<TDigestRecipient[]> {
  return db
    .select({
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      overdue: sql<number>`(count(*) filter (where ${counsellingTasks.dueOn} < ${day}))::int`,
      dueToday: sql<number>`(count(*) filter (where ${counsellingTasks.dueOn} = ${day}))::int`,
      reminded: sql<number>`(count(*) filter (where ${counsellingTasks.dueOn} > ${day}))::int`,
    })
    .from(counsellingTasks)
    .innerJoin(users, eq(users.id, counsellingTasks.assigneeUserId))
    .where(
      and(
        eq(counsellingTasks.status, "open"),
        eq(users.isActive, true),
        or(lte(counsellingTasks.dueOn, day), lte(counsellingTasks.remindOn, day)),
        exists(
          db
            .select({ one: sql`1` })
            .from(memberships)
            .where(and(eq(memberships.userId, users.id), eq(memberships.role, "caseworker"))),
        ),
        not(
          exists(
            db
              .select({ one: sql`1` })
              .from(taskDigestDeliveries)
              .where(and(eq(taskDigestDeliveries.userId, users.id), eq(taskDigestDeliveries.day, day))),
          ),
        ),
      ),
    )
    .groupBy(users.id)
    .orderBy(users.id);
}

export type TDigestRun = { db: TDb; mailer: TMailer; logger: FastifyBaseLogger; day: string; link: string };

/**
 * Sends each recipient one digest for the day. Per recipient, one transaction: the delivery row is
 * inserted first (the key user + day makes a second insert wait for the first transaction, then
 * find the row and skip), the mail is sent, then the row commits. A failed send rolls the row back,
 * so a retry sends it; only a crash between the server accepting the mail and the commit could
 * send it twice, which we prefer to losing a reminder. Failures are collected and thrown at the
 * end, after every other recipient got theirs, so pg-boss retries the rest.
 */
export async function sendTaskDigests({ db, mailer, logger, day, link }: TDigestRun): Promise<number> {
  const recipients = await findDigestRecipients(db, day);
  let sent = 0;
  const failures: unknown[] = [];
  for (const recipient of recipients) {
    try {
      const isSent = await db.transaction(async (tx) => {
        const [claimed] = await tx
          .insert(taskDigestDeliveries)
          .values({ userId: recipient.userId, day })
          .onConflictDoNothing()
          .returning({ userId: taskDigestDeliveries.userId });
        if (!claimed) return false;
        const content = buildTaskDigestMail({
          locale: toMailLocale(recipient.locale),
          displayName: recipient.displayName,
          link,
          counts: recipient,
        });
        await mailer.send({ to: recipient.email, ...content });
        return true;
      });
      if (isSent) sent += 1;
    } catch (error) {
      logger.error({ err: error, userId: recipient.userId }, "task digest not sent");
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} task digests not sent`);
  return sent;
}
