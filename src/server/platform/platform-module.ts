import type { TModule } from "../modules.js";
import { apiTokenRoutes } from "./auth/api-tokens/api-token-routes.js";
import { oidcRoutes } from "./auth/oidc/oidc-routes.js";
import { purgeExpiredSessionsJob } from "./auth/session-jobs.js";
import { sessionRoutes } from "./auth/session-routes.js";
import { referenceRoutes } from "./reference/reference-routes.js";

export const platformModule: TModule = {
  name: "platform",
  async routes(app, { database, config }) {
    await app.register(sessionRoutes, {
      db: database.db,
      policy: config.session,
      publicUrl: config.publicUrl,
      loginAttemptsPerMinute: config.loginAttemptsPerMinute,
    });
    await app.register(referenceRoutes, { db: database.db });
    await app.register(oidcRoutes, {
      db: database.db,
      providers: config.oidcProviders,
      policy: config.session,
      publicUrl: config.publicUrl,
      loginAttemptsPerMinute: config.loginAttemptsPerMinute,
    });
    await app.register(apiTokenRoutes, { db: database.db });
  },
  jobs: [purgeExpiredSessionsJob],
};
