import type { TModule } from "../modules.js";
import { auditRoutes } from "./audit/audit-routes.js";
import { purgeExpiredSessionsJob } from "./auth/session-jobs.js";
import { sessionRoutes } from "./auth/session-routes.js";
import { defineLoginThrottles } from "./auth/throttle/login-throttles.js";
import { referenceRoutes } from "./reference/reference-routes.js";

export const platformModule: TModule = {
  name: "platform",
  async routes(app, { database, config }) {
    await app.register(sessionRoutes, {
      db: database.db,
      settings: { session: config.session, throttles: defineLoginThrottles(config.lockout) },
      publicUrl: config.publicUrl,
      loginAttemptsPerMinute: config.loginAttemptsPerMinute,
    });
    await app.register(referenceRoutes, { db: database.db });
    await app.register(auditRoutes, { db: database.db });
  },
  jobs: [purgeExpiredSessionsJob],
};
