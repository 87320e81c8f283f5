import type { TModule } from "../modules.js";
import { conceptOrganisationRoutes } from "./concept/concept-organisation-routes.js";
import { conceptRoutes } from "./concept/concept-routes.js";

/**
 * Steuerung: the integration concept, edited by the district's coordinators (docs/steering.md).
 * Indicators, dashboards and evaluation reports join this module later.
 */
export const steeringModule: TModule = {
  name: "steering",
  async routes(app, { database }) {
    await app.register(conceptRoutes, { db: database.db });
    await app.register(conceptOrganisationRoutes, { db: database.db });
  },
};
