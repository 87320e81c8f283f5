import type { TModule } from "../modules.js";
import { auditRoutes } from "./audit/audit-routes.js";
import { apiTokenRoutes } from "./auth/api-tokens/api-token-routes.js";
import { oidcRoutes } from "./auth/oidc/oidc-routes.js";
import { passwordResetRoutes } from "./auth/password-reset-routes.js";
import { purgeExpiredSessionsJob } from "./auth/session-jobs.js";
import { sessionRoutes } from "./auth/session-routes.js";
import { defineTokenRedemptionThrottle } from "./auth/throttle/guard-token-redemption.js";
import { defineLoginThrottles } from "./auth/throttle/login-throttles.js";
import { createMailer } from "./mail/mailer.js";
import { organisationContactRoutes } from "./organisations/contacts/organisation-contact-routes.js";
import { organisationRoutes } from "./organisations/organisation-routes.js";
import { referenceRoutes } from "./reference/reference-routes.js";
import { invitationRoutes } from "./users/invitation-routes.js";
import { userRoutes } from "./users/user-routes.js";

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
    const mailer = createMailer(config, app.log);
    app.addHook("onClose", async () => mailer.close());
    const mailing = {
      db: database.db,
      mailer,
      publicUrl: config.publicUrl,
      attemptsPerMinute: config.loginAttemptsPerMinute,
      tokenThrottle: defineTokenRedemptionThrottle(config.lockout.addressThreshold),
    };
    await app.register(passwordResetRoutes, mailing);
    await app.register(invitationRoutes, mailing);
    await app.register(organisationRoutes, { db: database.db });
    await app.register(organisationContactRoutes, { db: database.db });
    await app.register(userRoutes, { db: database.db });
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
