import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import Fastify, { type FastifyBaseLogger } from "fastify";
import { serializerCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import packageJson from "../../package.json" with { type: "json" };
import type { TModule, TModuleContext } from "./modules.js";
import { registerRouteAccess } from "./platform/access/route-access.js";
import { registerActorResolution } from "./platform/auth/actor.js";
import { registerTokenActorResolution } from "./platform/auth/api-tokens/token-actor.js";
import { createSessionResolver, defaultMaxCachedSessions } from "./platform/auth/session-cache.js";
import { registerCsrfProtection } from "./platform/http/csrf.js";
import { healthRoutes } from "./platform/http/health-routes.js";
import { registerMetrics } from "./platform/http/metrics.js";
import { registerOpenApi } from "./platform/http/openapi.js";
import { handleFrameworkError, registerProblemHandlers } from "./platform/http/problems.js";
import { echoRequestId, generateRequestId } from "./platform/http/request-id.js";
import { registerRouteCatalogue } from "./platform/http/route-catalogue.js";
import { validatorCompiler } from "./platform/http/validation.js";
import { registerWebApp } from "./platform/http/web-app.js";

type TBuildOptions = TModuleContext & {
  logger: FastifyBaseLogger;
  modules: TModule[];
  isShuttingDown: () => boolean;
};

/** Builds the HTTP application: platform plumbing first, then every module's routes. */
export async function buildApp(options: TBuildOptions) {
  const { config, database, logger } = options;
  const app = Fastify({
    loggerInstance: logger,
    genReqId: generateRequestId,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.isBehindProxy,
    return503OnClosing: true,
    forceCloseConnections: "idle",
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  // JSON only: anything else is 415, not a string the schema then rejects.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerRouteCatalogue(app);
  registerProblemHandlers(app);
  echoRequestId(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.publicUrl?.startsWith("https:") ?? false,
  });
  await app.register(fastifyCookie);
  registerCsrfProtection(app, config.publicUrl);
  registerActorResolution(
    app,
    createSessionResolver(database.db, config.session, database.invalidations, {
      maxAgeSeconds: config.sessionCacheSeconds,
      maxEntries: defaultMaxCachedSessions,
    }),
  );
  registerTokenActorResolution(app, database.db, config.apiTokenFailuresBeforeLockout);
  registerRouteAccess(app);
  await registerOpenApi(app, packageJson.version);
  registerMetrics(app, database.pool, config.metricsToken);
  await app.register(healthRoutes, { database, isShuttingDown: options.isShuttingDown });

  app.decorate(
    "personScopeContributions",
    options.modules.flatMap((module) => module.personScopes ?? []),
  );
  app.decorate(
    "personMergeParts",
    options.modules.flatMap((module) => module.personMergeParts ?? []),
  );
  const context: TModuleContext = { database, config, jobs: options.jobs };
  for (const module of options.modules) {
    if (module.routes) await app.register(module.routes, context);
  }
  await registerWebApp(app);
  return app;
}

export type TApp = Awaited<ReturnType<typeof buildApp>>;
