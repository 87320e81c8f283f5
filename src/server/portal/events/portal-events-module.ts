import type { TModule } from "../../modules.js";
import { portalEventRoutes } from "./portal-event-routes.js";

/**
 * The events part of the portal as a module of its own, for tests until the portal module
 * registers portalEventRoutes beside its other parts.
 */
export const portalEventsModule: TModule = {
  name: "portal-events",
  async routes(app, { database }) {
    await app.register(portalEventRoutes, { db: database.db });
  },
};
