import { z } from "zod";
import { defineJob } from "../jobs/job-definition.js";
import { purgeSpentTokens } from "./purge-spent-tokens.js";
import { purgeExpiredSessions } from "./session-service.js";
import { purgeStaleThrottles } from "./throttle/throttle.js";

export const purgeExpiredSessionsJob = defineJob({
  name: "platform-purge-expired-sessions",
  description:
    "Deletes expired sessions, stale login throttles, spent mailed-link tokens and expired single sign-on attempts (every 15 minutes).",
  data: z.object({}),
  schedule: { cron: "*/15 * * * *" },
  async run(_data, { database, logger }) {
    const count = await purgeExpiredSessions(database.db);
    const throttles = await purgeStaleThrottles(database.db);
    const tokens = await purgeSpentTokens(database.db);
    logger.info({ count, throttles, ...tokens }, "expired sessions, stale throttles and spent tokens purged");
  },
});
