import type { TModule } from "../modules.js";
import { consentRoutes } from "./consent/consent-routes.js";
import { seedPrivacyNotices } from "./consent/seed-privacy-notices.js";
import { documentRoutes } from "./documents/document-routes.js";
import { importRoutes } from "./import/import-routes.js";
import { personRoutes } from "./persons/person-routes.js";
import { selfRegistrationPlugin } from "./self-registration/self-registration-plugin.js";
import { timelineRoutes } from "./timeline/timeline-routes.js";

/** Ankommen: persons and households (grows with arrival registration, imports and self-registration). */
export const arrivalModule: TModule = {
  name: "arrival",
  async seed(db) {
    await seedPrivacyNotices(db);
  },
  async routes(app, context) {
    const { database, config } = context;
    await app.register(personRoutes, { db: database.db, firstContactTargetDays: config.firstContactTargetDays });
    await app.register(consentRoutes, { db: database.db });
    await app.register(timelineRoutes, { db: database.db });
    await app.register(documentRoutes, { db: database.db });
    await app.register(selfRegistrationPlugin, context);
    await app.register(importRoutes, { db: database.db });
  },
};
