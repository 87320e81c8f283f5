import { z } from "zod";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import type { TConfig } from "../../platform/config/config.js";
import { defineJob } from "../../platform/jobs/job-definition.js";
import { createMailer } from "../../platform/mail/mailer.js";
import { sendTaskDigests } from "./task-digest.js";

/** The "my tasks" page; without KOMMMIT_PUBLIC_URL the server's own address (config checks it is loopback then). */
function myTasksLink(config: TConfig): string {
  const base = config.publicUrl ?? `http://${config.host}:${config.port}`;
  return `${base.replace(/\/+$/, "")}/app/counselling/tasks`;
}

/**
 * Every morning, one e-mail per caseworker with counts of their overdue tasks, tasks due today and
 * reminders that have come, and a link to "my tasks": no person, no title. Without a mail server
 * configured the job logs and skips (nothing recorded, so a configured server later still sends).
 */
export const taskDigestJob = defineJob({
  name: "counselling-task-digest",
  description: "Mails each caseworker one digest of overdue, due and reminded tasks (daily 07:00 Europe/Berlin).",
  data: z.object({}),
  schedule: { cron: "0 7 * * *" },
  async run(_data, { database, logger, config }) {
    if (!config.mail.smtpUrl) {
      logger.info("KOMMMIT_SMTP_URL is not set: task digests skipped");
      return;
    }
    const mailer = createMailer(config, logger);
    try {
      const sent = await sendTaskDigests({
        db: database.db,
        mailer,
        logger,
        day: todayInBerlin(),
        link: myTasksLink(config),
      });
      logger.info({ sent }, "task digests sent");
    } finally {
      mailer.close();
    }
  },
});
