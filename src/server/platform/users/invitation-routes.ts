import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZAcceptedForDelivery, ZTokenParams } from "../../../common/platform/password-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { ZInvitation, ZInvitationAcceptance, ZInvitationPreview } from "../../../common/platform/user-schemas.js";
import { publicAccess, requireActor, requires } from "../access/route-access.js";
import { auditContextOfRequest } from "../audit/record-audit-event.js";
import { guardTokenRedemption } from "../auth/throttle/guard-token-redemption.js";
import { perClientRateLimit } from "../http/client-network.js";
import { resolveRequestLanguage } from "../http/request-language.js";
import { tokenSafeLogSerializers } from "../http/token-safe-logging.js";
import { buildAppLink } from "../mail/app-links.js";
import type { TMailingRouteOptions } from "../mail/mailing-route-options.js";
import { acceptInvitation, previewInvitation } from "./accept-invitation.js";
import { inviteUser } from "./invite-user.js";
import { userPolicy } from "./user-policy.js";

const tags = ["invitations"];

/** Invite by e-mail (staff), look at and accept an invitation (the invitee, with the mailed token). */
export const invitationRoutes: FastifyPluginAsyncZod<TMailingRouteOptions> = async (
  app,
  { db, mailer, publicUrl, attemptsPerMinute, tokenThrottle },
) => {
  await app.register(fastifyRateLimit, perClientRateLimit);
  const tokenRateLimit = { max: attemptsPerMinute, timeWindow: "1 minute" };

  app.post(
    "/api/invitations",
    {
      config: { access: requires(userPolicy, "invite") },
      schema: {
        tags,
        summary: "Invite a person into an organisation with a role; mails a single-use link",
        description:
          "The answer is the same whether the address is new, still invited or already has an account " +
          "(which then gets the membership and a notice instead of a link).",
        body: ZInvitation,
        response: {
          202: ZAcceptedForDelivery,
          401: ZProblem,
          403: ZProblem,
          422: ZProblem,
          502: ZProblem,
          503: ZProblem,
        },
      },
    },
    async (request, reply) => {
      await inviteUser(db, requireActor(request), auditContextOfRequest(request), mailer, request.body, {
        invitation: (token) => buildAppLink(request, publicUrl, `invitation/${token}`),
        login: buildAppLink(request, publicUrl, "login"),
      });
      return reply.code(202).send({ status: "accepted" });
    },
  );

  app.get(
    "/api/invitations/:token",
    {
      config: { access: publicAccess, rateLimit: tokenRateLimit },
      logSerializers: tokenSafeLogSerializers,
      schema: {
        tags,
        summary: "The open invitation behind a mailed link (404 when used, expired or replaced)",
        params: ZTokenParams,
        response: { 200: ZInvitationPreview, 404: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    (request) => guardTokenRedemption(db, tokenThrottle, request.ip, () => previewInvitation(db, request.params.token)),
  );

  app.post(
    "/api/invitations/:token/acceptance",
    {
      config: { access: publicAccess, rateLimit: tokenRateLimit },
      logSerializers: tokenSafeLogSerializers,
      schema: {
        tags,
        summary: "Accept an invitation: choose a password; the account becomes active",
        params: ZTokenParams,
        body: ZInvitationAcceptance,
        response: { 204: z.null(), 404: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      await guardTokenRedemption(db, tokenThrottle, request.ip, () =>
        acceptInvitation(db, request.params.token, request.body, {
          ipAddress: request.ip,
          language: resolveRequestLanguage(request),
        }),
      );
      return reply.code(204).send(null);
    },
  );
};
