import { z } from "zod";
import { defineJob } from "../jobs/job-definition.js";
import { purgeExpiredSessions } from "./session-service.js";
import { purgeStaleThrottles } from "./throttle/throttle.js";

export const purgeExpiredSessionsJob = defineJob({
  name: "platform-purge-expired-sessions",
  description: "Deletes sessions past their idle or absolute expiry and stale login throttles (every 15 minutes).",
  data: z.object({}),
  schedule: { cron: "*/15 * * * *" },
  async run(_data, { database, logger }) {
    const count = await purgeExpiredSessions(database.db);
    const throttles = await purgeStaleThrottles(database.db);
    logger.info({ count, throttles }, "expired sessions and stale throttles purged");
  },
});
