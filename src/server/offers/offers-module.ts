import type { TModule } from "../modules.js";

/**
 * Passgenaue Hilfe: the offers directory with its review, search, matching of offers to needs, and
 * referrals with consent. Each part registers its routes here.
 */
export const offersModule: TModule = {
  name: "offers",
  async routes() {},
};
