import { and, asc, eq, exists, gt, inArray, not, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { memberships, users } from "../../../platform/auth/auth-tables.js";
import type { TDb } from "../../../platform/db/database.js";
import { toMailLocale } from "../../../platform/mail/mail-templates.js";
import { offerTranslations } from "../../offer-tables.js";
import { referralReminderDeliveries, referrals } from "../referral-tables.js";
import { buildWaitingReferralMail } from "./referral-reminder-mails.js";
import { chunkSize, daysWaitedOn, isWaitingSince, mailEach, type TMailingRun } from "./referral-waiting.js";

const germanTitle = alias(offerTranslations, "german_title");
const englishTitle = alias(offerTranslations, "english_title");

type TWaitingReferral = {
  id: string;
  providerId: string | null;
  daysWaited: number;
  germanTitle: string | null;
  englishTitle: string | null;
};

type TStaffMember = { organisationId: string; email: string; displayName: string; locale: string };

/** The next referrals past the reminder days that have had no reminder on the day, in id order. */
function findWaitingReferrals(db: TDb, run: TMailingRun, afterId: string): Promise<TWaitingReferral[]> {
  return db
    .select({
      id: referrals.id,
      providerId: referrals.providerId,
      daysWaited: daysWaitedOn(run.day),
      germanTitle: germanTitle.title,
      englishTitle: englishTitle.title,
    })
    .from(referrals)
    .leftJoin(germanTitle, and(eq(germanTitle.offerId, referrals.offerId), eq(germanTitle.language, "de")))
    .leftJoin(englishTitle, and(eq(englishTitle.offerId, referrals.offerId), eq(englishTitle.language, "en")))
    .where(
      and(
        isWaitingSince(run.day, run.remindAfterDays),
        gt(referrals.id, afterId),
        not(
          exists(
            db
              .select({ one: sql`1` })
              .from(referralReminderDeliveries)
              .where(
                and(
                  eq(referralReminderDeliveries.referralId, referrals.id),
                  eq(referralReminderDeliveries.kind, "waiting"),
                  eq(referralReminderDeliveries.day, run.day),
                ),
              ),
          ),
        ),
      ),
    )
    .orderBy(asc(referrals.id))
    .limit(chunkSize);
}

/** The active staff (provider_staff, provider_admin) of the providers, each user once per provider. */
function findProviderStaff(db: TDb, providerIds: string[]): Promise<TStaffMember[]> {
  return db
    .selectDistinct({
      organisationId: memberships.organisationId,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.organisationId, providerIds),
        inArray(memberships.role, ["provider_staff", "provider_admin"]),
        eq(users.isActive, true),
      ),
    );
}

/**
 * Mails the staff of the receiving provider about each referral waiting at least the reminder
 * days, once per referral and day. Per referral, one transaction: the delivery row is inserted
 * first (a concurrent run waits on its key, then finds it and skips), the mails go out, then it
 * commits; a failed send rolls the row back so the retry sends again. A provider without active
 * staff records nothing, so staff added later that day still get it. Returns the referrals reminded.
 */
export async function remindProviders(run: TMailingRun, failures: unknown[]): Promise<number> {
  const { db } = run;
  let reminded = 0;
  let afterId = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const waiting = await findWaitingReferrals(db, run, afterId);
    const last = waiting.at(-1);
    if (!last) return reminded;
    afterId = last.id;
    const providerIds = [...new Set(waiting.flatMap((referral) => referral.providerId ?? []))];
    const staff = await findProviderStaff(db, providerIds);
    reminded += await mailEach(
      waiting,
      run.logger,
      (referral) => ({ referralId: referral.id }),
      (referral) => {
        const recipients = staff.filter((member) => member.organisationId === referral.providerId);
        if (recipients.length === 0) return Promise.resolve(false);
        return db.transaction(async (tx) => {
          const [claimed] = await tx
            .insert(referralReminderDeliveries)
            .values({ referralId: referral.id, kind: "waiting", day: run.day })
            .onConflictDoNothing()
            .returning({ referralId: referralReminderDeliveries.referralId });
          if (!claimed) return false;
          for (const recipient of recipients) {
            const locale = toMailLocale(recipient.locale);
            const content = buildWaitingReferralMail({
              locale,
              displayName: recipient.displayName,
              offerTitle: (locale === "en" ? referral.englishTitle : null) ?? referral.germanTitle,
              daysWaited: referral.daysWaited,
              daysToExpiry: Math.max(run.expireAfterDays - referral.daysWaited, 1),
              link: run.link,
            });
            await run.mailer.send({ to: recipient.email, ...content });
          }
          return true;
        });
      },
      failures,
    );
  }
}
