import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZOidcProviderList } from "../../../../common/platform/sso-schemas.js";
import { publicAccess } from "../../access/route-access.js";
import type { TOidcProviderConfig } from "../../config/oidc-providers-config.js";
import type { TDb } from "../../db/database.js";
import { perClientRateLimit } from "../../http/client-network.js";
import { setSessionCookie } from "../session-cookie.js";
import type { TSessionPolicy } from "../session-service.js";
import { completeOidcLogin } from "./complete-oidc-login.js";
import { createOidcClients } from "./oidc-clients.js";
import { OidcLoginError } from "./oidc-login-error.js";
import { clearStateCookie, readStateCookie, setStateCookie } from "./oidc-login-state.js";
import { startOidcLogin } from "./start-oidc-login.js";

type TOptions = {
  db: TDb;
  providers: readonly TOidcProviderConfig[];
  policy: TSessionPolicy;
  publicUrl: string | undefined;
  loginAttemptsPerMinute: number;
};

const ZProviderParams = z.strictObject({ providerId: z.string().max(40) });
// The provider's answer carries code, state, iss, session_state, error …: passed on untouched.
const ZCallbackQuery = z.record(z.string(), z.unknown());
const ZRedirect = z.null().describe("Redirect (Location header)");

/** Single sign-on with OpenID Connect providers (docs/security-sso.md). */
export const oidcRoutes: FastifyPluginAsyncZod<TOptions> = async (
  app,
  { db, providers, policy, publicUrl, loginAttemptsPerMinute },
) => {
  // Like password logins (session-routes.ts): every start stores a login attempt and every callback
  // talks to the provider, so one client address gets only so many per minute.
  await app.register(fastifyRateLimit, perClientRateLimit);
  const rateLimit = { max: loginAttemptsPerMinute, timeWindow: "1 minute" };
  const clients = createOidcClients(providers);
  const isPublicUrlHttps = publicUrl?.startsWith("https:") ?? false;

  /** The configured public address, else what the request says (behind a proxy only with KOMMMIT_TRUST_PROXY). */
  function redirectUriOf(request: FastifyRequest, providerId: string): string {
    const base = publicUrl ?? `${request.protocol}://${request.host}`;
    return new URL(`/api/auth/oidc/${encodeURIComponent(providerId)}/callback`, base).href;
  }

  function refuse(request: FastifyRequest, reply: FastifyReply, error: unknown) {
    if (!(error instanceof OidcLoginError)) throw error;
    request.log.warn({ code: error.code, cause: error.cause }, "single sign-on refused");
    return reply.redirect(`/app/login?error=${error.code}`, 303);
  }

  app.get(
    "/api/auth/oidc/providers",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["sessions"],
        summary: "Single sign-on providers, for the login page",
        response: { 200: ZOidcProviderList },
      },
    },
    async () => providers.map((provider) => ({ id: provider.id, displayName: provider.displayName })),
  );

  app.get(
    "/api/auth/oidc/:providerId/login",
    {
      config: { access: publicAccess, rateLimit },
      schema: {
        tags: ["sessions"],
        summary: "Start a single sign-on login: redirects to the provider",
        params: ZProviderParams,
        response: { 303: ZRedirect },
      },
    },
    async (request, reply) => {
      try {
        const provider = clients.find(request.params.providerId);
        if (!provider) throw new OidcLoginError("unknown_provider");
        const redirectUri = redirectUriOf(request, provider.id);
        const { authorizationUrl, state } = await startOidcLogin(db, clients, provider, redirectUri);
        setStateCookie(request, reply, state, isPublicUrlHttps);
        return reply.redirect(authorizationUrl.href, 303);
      } catch (error) {
        return refuse(request, reply, error);
      }
    },
  );

  app.get(
    "/api/auth/oidc/:providerId/callback",
    {
      config: { access: publicAccess, rateLimit },
      schema: {
        tags: ["sessions"],
        summary: "Where the provider sends the browser back: signs in and redirects to the app",
        params: ZProviderParams,
        querystring: ZCallbackQuery,
        response: { 303: ZRedirect },
      },
    },
    async (request, reply) => {
      clearStateCookie(reply);
      try {
        const provider = clients.find(request.params.providerId);
        if (!provider) throw new OidcLoginError("unknown_provider");
        const callbackUrl = new URL(redirectUriOf(request, provider.id));
        callbackUrl.search = new URL(request.url, "http://callback.invalid").search;
        const token = await completeOidcLogin(
          db,
          clients,
          { provider, callbackUrl, cookieState: readStateCookie(request) },
          policy,
          { ipAddress: request.ip, userAgent: request.headers["user-agent"] },
        );
        setSessionCookie(request, reply, token, { maxAgeSeconds: policy.absoluteHours * 3600, isPublicUrlHttps });
        return reply.redirect("/app/", 303);
      } catch (error) {
        return refuse(request, reply, error);
      }
    },
  );
};
