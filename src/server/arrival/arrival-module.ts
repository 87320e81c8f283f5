import type { TModule } from "../modules.js";
import { personRoutes } from "./persons/person-routes.js";

/** Ankommen: persons and households (grows with arrival registration, imports and self-registration). */
export const arrivalModule: TModule = {
  name: "arrival",
  async routes(app, { database, config }) {
    await app.register(personRoutes, { db: database.db, firstContactTargetDays: config.firstContactTargetDays });
  },
};
