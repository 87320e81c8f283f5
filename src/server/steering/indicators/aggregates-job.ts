import { z } from "zod";
import { defineJob } from "../../platform/jobs/job-definition.js";
import { refreshAggregates } from "./refresh-aggregates.js";

export const aggregatesJobName = "steering-aggregates";

/** Keeps the indicators' aggregates current; coordinators can also ask for a refresh at once. */
export const aggregatesJob = defineJob({
  name: aggregatesJobName,
  description: "Computes the steering indicators' aggregates from the platform's data (every 15 minutes).",
  data: z.object({}),
  schedule: { cron: "*/15 * * * *" },
  retryLimit: 1,
  async run(_data, { database, logger }) {
    const result = await refreshAggregates(database.db);
    logger.info(result, "steering aggregates refreshed");
  },
});
