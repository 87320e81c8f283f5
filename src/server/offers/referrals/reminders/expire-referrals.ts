import { and, asc, eq, exists, gt, gte, not, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TAuditContext } from "../../../platform/audit/record-audit-event.js";
import { users } from "../../../platform/auth/auth-tables.js";
import { toMailLocale } from "../../../platform/mail/mail-templates.js";
import { organisations } from "../../../platform/organisations/organisation-tables.js";
import { offerTranslations } from "../../offer-tables.js";
import { referralReminderDeliveries, referrals } from "../referral-tables.js";
import { applyTransition, lockedReferralColumns } from "../referral-transition.js";
import { buildExpiredReferralMail } from "./referral-reminder-mails.js";
import {
  chunkSize,
  daysWaitedUntilExpiry,
  isWaitingSince,
  mailEach,
  type TMailingRun,
  type TReminderRun,
} from "./referral-waiting.js";

/** The reminder job acts for nobody: no user, no token, no organisation, no address. */
const jobAudit: TAuditContext = { actorUserId: null, actorTokenId: null, organisationIds: [], ipAddress: null };

/** A sender who has not been told within this many days of the expiry (mail down, user inactive) is not told. */
const noticeWindowDays = 7;

/**
 * Expires the referrals still unanswered after the expiry days, a chunk per transaction: the rows
 * are locked with SKIP LOCKED, so one a provider is answering right now waits for tomorrow's run
 * instead of blocking it, and each goes through the state machine (event and audit entry
 * referral.expire). Runs without a mail server too. Returns how many expired.
 */
export async function expireReferrals(run: TReminderRun): Promise<number> {
  let expired = 0;
  for (;;) {
    const count = await run.db.transaction(async (tx) => {
      const due = await tx
        .select(lockedReferralColumns)
        .from(referrals)
        .where(isWaitingSince(run.day, run.expireAfterDays))
        .orderBy(asc(referrals.id))
        .limit(chunkSize)
        .for("update", { skipLocked: true });
      for (const referral of due) {
        await applyTransition(tx, referral, {
          transition: "expire",
          side: "system",
          version: null,
          note: "",
          byUserId: null,
          audit: jobAudit,
        });
      }
      return due.length;
    });
    expired += count;
    if (count < chunkSize) return expired;
  }
}

const germanTitle = alias(offerTranslations, "german_title");
const englishTitle = alias(offerTranslations, "english_title");

/**
 * Mails each active sender of a referral that expired in the last days and has had no notice,
 * once: the delivery row (kind expired) and the mail commit together, as for the providers'
 * reminders, so a failed send is retried and a later run still sends it. Returns the senders told.
 */
export async function notifySenders(run: TMailingRun, failures: unknown[]): Promise<number> {
  const { db } = run;
  let notified = 0;
  let afterId = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const expired = await db
      .select({
        id: referrals.id,
        email: users.email,
        displayName: users.displayName,
        locale: users.locale,
        providerName: organisations.name,
        germanTitle: germanTitle.title,
        englishTitle: englishTitle.title,
        daysWaited: daysWaitedUntilExpiry,
      })
      .from(referrals)
      .innerJoin(users, eq(users.id, referrals.sentBy))
      .innerJoin(organisations, eq(organisations.id, referrals.providerId))
      .leftJoin(germanTitle, and(eq(germanTitle.offerId, referrals.offerId), eq(germanTitle.language, "de")))
      .leftJoin(englishTitle, and(eq(englishTitle.offerId, referrals.offerId), eq(englishTitle.language, "en")))
      .where(
        and(
          eq(referrals.status, "expired"),
          eq(users.isActive, true),
          gt(referrals.id, afterId),
          gte(
            referrals.updatedAt,
            sql`(${run.day}::date - ${noticeWindowDays}::int)::timestamp at time zone 'Europe/Berlin'`,
          ),
          not(
            exists(
              db
                .select({ one: sql`1` })
                .from(referralReminderDeliveries)
                .where(
                  and(
                    eq(referralReminderDeliveries.referralId, referrals.id),
                    eq(referralReminderDeliveries.kind, "expired"),
                  ),
                ),
            ),
          ),
        ),
      )
      .orderBy(asc(referrals.id))
      .limit(chunkSize);
    const last = expired.at(-1);
    if (!last) return notified;
    afterId = last.id;
    notified += await mailEach(
      expired,
      run.logger,
      (referral) => ({ referralId: referral.id }),
      (referral) =>
        db.transaction(async (tx) => {
          const [claimed] = await tx
            .insert(referralReminderDeliveries)
            .values({ referralId: referral.id, kind: "expired", day: run.day })
            .onConflictDoNothing()
            .returning({ referralId: referralReminderDeliveries.referralId });
          if (!claimed) return false;
          const locale = toMailLocale(referral.locale);
          const content = buildExpiredReferralMail({
            locale,
            displayName: referral.displayName,
            offerTitle: (locale === "en" ? referral.englishTitle : null) ?? referral.germanTitle,
            providerName: referral.providerName,
            daysWaited: referral.daysWaited,
            link: run.link,
          });
          await run.mailer.send({ to: referral.email, ...content });
          return true;
        }),
      failures,
    );
  }
}
