import type { TModule } from "../modules.js";
import { conceptOrganisationRoutes } from "./concept/concept-organisation-routes.js";
import { conceptRoutes } from "./concept/concept-routes.js";
import { indicatorValueRoutes } from "./indicator-values/indicator-value-routes.js";
import { aggregatesJob } from "./indicators/aggregates-job.js";
import { indicatorRoutes } from "./indicators/indicator-routes.js";

/**
 * Steuerung: the integration concept, edited by the district's coordinators, and the indicators
 * computed from the platform's data as suppressed aggregates (docs/steering.md).
 */
export const steeringModule: TModule = {
  name: "steering",
  async routes(app, { database, jobs }) {
    await app.register(conceptRoutes, { db: database.db });
    await app.register(conceptOrganisationRoutes, { db: database.db });
    await app.register(indicatorRoutes, { db: database.db, jobs });
    await app.register(indicatorValueRoutes, { db: database.db });
  },
  jobs: [aggregatesJob],
};
