import { z } from "zod";
import { defineJob } from "../../platform/jobs/job-definition.js";
import { matchAllPersons } from "./match-all-persons.js";

/** Keeps the unmet needs for steering current as offers are published, fill up or end. */
export const unmetNeedsJob = defineJob({
  name: "offers-unmet-needs",
  description: "Matches every person with open needs and records needs without a suitable offer (daily 05:00).",
  data: z.object({}),
  schedule: { cron: "0 5 * * *" },
  async run(_data, { database, logger }) {
    const result = await matchAllPersons(database.db);
    logger.info(result, "unmet needs updated");
  },
});
