import type { TModule } from "../modules.js";
import { offerDirectoryRoutes } from "./directory/offer-directory-routes.js";
import { offerReviewRoutes } from "./directory/offer-review-routes.js";

/**
 * Passgenaue Hilfe: the offers directory with its review, search, matching of offers to needs, and
 * referrals with consent. Each part registers its routes here.
 */
export const offersModule: TModule = {
  name: "offers",
  async routes(app, { database }) {
    await app.register(offerDirectoryRoutes, { db: database.db });
    await app.register(offerReviewRoutes, { db: database.db });
  },
};
