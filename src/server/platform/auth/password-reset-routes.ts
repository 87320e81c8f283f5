import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ZAcceptedForDelivery,
  ZPasswordResetCompletion,
  ZPasswordResetRequest,
  ZTokenParams,
} from "../../../common/platform/password-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { publicAccess } from "../access/route-access.js";
import { perClientRateLimit } from "../http/client-network.js";
import { resolveRequestLanguage } from "../http/request-language.js";
import { tokenSafeLogSerializers } from "../http/token-safe-logging.js";
import { buildAppLink } from "../mail/app-links.js";
import type { TMailingRouteOptions } from "../mail/mailing-route-options.js";
import { checkPasswordResetToken, completePasswordReset, requestPasswordReset } from "./password-reset.js";
import { guardTokenRedemption } from "./throttle/guard-token-redemption.js";

const tags = ["password resets"];

/**
 * "Forgot password": ask for a link, check it, set a new password. Public; limited per client
 * address like the login (per instance), and bad links lock the address out (tokenThrottle).
 */
export const passwordResetRoutes: FastifyPluginAsyncZod<TMailingRouteOptions> = async (
  app,
  { db, mailer, publicUrl, attemptsPerMinute, tokenThrottle },
) => {
  await app.register(fastifyRateLimit, perClientRateLimit);
  const rateLimit = { max: attemptsPerMinute, timeWindow: "1 minute" };

  app.post(
    "/api/password-resets",
    {
      config: { access: publicAccess, rateLimit },
      schema: {
        tags,
        summary: "Mail a single-use reset link, if the address belongs to an active account",
        description: "Always 202 with the same body, so the answer reveals no account.",
        body: ZPasswordResetRequest,
        response: { 202: ZAcceptedForDelivery, 422: ZProblem, 429: ZProblem, 503: ZProblem },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(db, {
        email: request.body.email,
        ipAddress: request.ip,
        buildLink: (token) => buildAppLink(request, publicUrl, `reset-password/${token}`),
        mailer,
        logger: request.log,
      });
      return reply.code(202).send({ status: "accepted" });
    },
  );

  app.get(
    "/api/password-resets/:token",
    {
      config: { access: publicAccess, rateLimit },
      logSerializers: tokenSafeLogSerializers,
      schema: {
        tags,
        summary: "Whether a reset link still works (404 when used, expired or replaced)",
        params: ZTokenParams,
        response: { 200: z.object({ email: z.string() }), 404: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    (request) =>
      guardTokenRedemption(db, tokenThrottle, request.ip, () => checkPasswordResetToken(db, request.params.token)),
  );

  app.post(
    "/api/password-resets/:token",
    {
      config: { access: publicAccess, rateLimit },
      logSerializers: tokenSafeLogSerializers,
      schema: {
        tags,
        summary: "Set a new password with a reset link; ends every session of the account",
        params: ZTokenParams,
        body: ZPasswordResetCompletion,
        response: { 204: z.null(), 404: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      await guardTokenRedemption(db, tokenThrottle, request.ip, () =>
        completePasswordReset(db, request.params.token, request.body, {
          ipAddress: request.ip,
          language: resolveRequestLanguage(request),
        }),
      );
      return reply.code(204).send(null);
    },
  );
};
