import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { TModuleContext } from "../../modules.js";
import { createMailer } from "../../platform/mail/mailer.js";
import { findOrCreateSecret } from "../../platform/secrets/find-or-create-secret.js";
import { createFormTokens } from "./form-token.js";
import { portalRoutes } from "./portal-routes.js";
import { selfRegistrationRoutes } from "./self-registration-routes.js";

/**
 * Self-registration: the portal's pages and the API. The form tokens' signing key is
 * KOMMMIT_FORM_SECRET, else one made once per installation and kept in the database, so that every
 * instance and every restart accept the forms the others rendered (docs/arrival.md).
 */
export const selfRegistrationPlugin: FastifyPluginAsyncZod<TModuleContext> = async (app, { database, config }) => {
  const settings = config.selfRegistration;
  const secret = settings.formSecret
    ? Buffer.from(settings.formSecret)
    : await findOrCreateSecret(database.db, "self_registration_form");
  const mailer = createMailer(config, app.log);
  app.addHook("onClose", async () => mailer.close());
  const options = {
    db: database.db,
    mailer,
    formTokens: createFormTokens(secret, settings.minFillSeconds),
    hourlyLimit: settings.hourlyLimit,
    requestsPerMinute: settings.requestsPerMinute,
    publicUrl: config.publicUrl,
  };
  await app.register(portalRoutes, options);
  await app.register(selfRegistrationRoutes, options);
};
