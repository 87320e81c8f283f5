import type { TModule } from "../../modules.js";
import { portalEventPublicRoutes } from "./portal-event-public-routes.js";
import { portalEventRoutes } from "./portal-event-routes.js";

/**
 * The events part of the portal as a module of its own, for tests until the portal module
 * registers portalEventRoutes and portalEventPublicRoutes beside its other parts.
 */
export const portalEventsModule: TModule = {
  name: "portal-events",
  async routes(app, { database }) {
    await app.register(portalEventRoutes, { db: database.db });
    await app.register(portalEventPublicRoutes, { db: database.db });
  },
};
