import type { TModule } from "../../modules.js";
import { portalPlaceRoutes } from "./portal-place-routes.js";

/** Portal places and contacts until the portal module registers portalPlaceRoutes itself. */
export const portalPlacesModule: TModule = {
  name: "portal-places",
  async routes(app, { database }) {
    await app.register(portalPlaceRoutes, { db: database.db });
  },
};
