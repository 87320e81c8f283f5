import type { TModule } from "../modules.js";
import { offerDirectoryRoutes } from "./directory/offer-directory-routes.js";
import { offerReviewRoutes } from "./directory/offer-review-routes.js";
import { matchRoutes } from "./matching/match-routes.js";
import { unmetNeedsJob } from "./matching/unmet-needs-job.js";
import { offerMergeParts } from "./offer-merge-parts.js";
import { referralLetterRoutes } from "./referrals/letter/referral-letter-routes.js";
import { referralRoutes } from "./referrals/referral-routes.js";
import { referralRemindersJob } from "./referrals/reminders/referral-reminders-job.js";
import { offerSearchRoutes } from "./search/offer-search-routes.js";

/**
 * Passgenaue Hilfe: the offers directory with its review, search, matching of offers to needs, and
 * referrals with consent. Each part registers its routes here.
 */
export const offersModule: TModule = {
  name: "offers",
  personMergeParts: offerMergeParts,
  async routes(app, { database }) {
    await app.register(offerDirectoryRoutes, { db: database.db });
    await app.register(offerReviewRoutes, { db: database.db });
    await app.register(matchRoutes, { db: database.db });
    await app.register(referralRoutes, { db: database.db });
    await app.register(referralLetterRoutes, { db: database.db });
    await app.register(offerSearchRoutes, { db: database.db });
  },
  jobs: [unmetNeedsJob, referralRemindersJob],
};
