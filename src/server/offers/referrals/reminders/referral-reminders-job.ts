import type { FastifyBaseLogger } from "fastify";
import { z } from "zod";
import { todayInBerlin } from "../../../../common/arrival/person-input-schemas.js";
import type { TConfig } from "../../../platform/config/config.js";
import type { TDb } from "../../../platform/db/database.js";
import { defineJob } from "../../../platform/jobs/job-definition.js";
import { buildJobAppLink } from "../../../platform/mail/app-links.js";
import { createMailer } from "../../../platform/mail/mailer.js";
import { expireReferrals, notifySenders } from "./expire-referrals.js";
import { remindProviders } from "./remind-providers.js";

export type TReferralReminderResult = { expired: number; sendersNotified: number; referralsReminded: number };

/**
 * One day's run: expire first (an expired referral needs no reminder), then tell the senders and
 * remind the providers. Expiry does not depend on mail; without a mail server configured the mails
 * are skipped and nothing is recorded, so a server configured later still sends them. Failed mails
 * are thrown together at the end, after every other recipient got theirs, for pg-boss to retry.
 */
export async function runReferralReminders(options: {
  db: TDb;
  logger: FastifyBaseLogger;
  config: TConfig;
  day: string;
}): Promise<TReferralReminderResult> {
  const { config, logger } = options;
  const run = { ...options, ...config.referrals };
  const expired = await expireReferrals(run);
  if (!config.mail.smtpUrl) {
    logger.info({ expired }, "KOMMMIT_SMTP_URL is not set: referral reminders skipped");
    return { expired, sendersNotified: 0, referralsReminded: 0 };
  }
  const mailer = createMailer(config, logger);
  const failures: unknown[] = [];
  try {
    const sendersNotified = await notifySenders(
      { ...run, mailer, link: buildJobAppLink(config, "referrals/sent") },
      failures,
    );
    const referralsReminded = await remindProviders(
      { ...run, mailer, link: buildJobAppLink(config, "referrals/inbox") },
      failures,
    );
    if (failures.length > 0) throw new AggregateError(failures, `${failures.length} referral reminders not sent`);
    return { expired, sendersNotified, referralsReminded };
  } finally {
    mailer.close();
  }
}

/** Daily: unanswered referrals remind their provider, and expire in the end (docs/offers.md). */
export const referralRemindersJob = defineJob({
  name: "offers-referral-reminders",
  description:
    "Expires unanswered referrals and mails their senders; reminds providers of waiting referrals (daily 07:00 Europe/Berlin).",
  data: z.object({}),
  schedule: { cron: "0 7 * * *" },
  async run(_data, { database, logger, config }) {
    const result = await runReferralReminders({ db: database.db, logger, config, day: todayInBerlin() });
    logger.info(result, "referral reminders done");
  },
});
