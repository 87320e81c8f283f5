import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblem } from "../../../common/platform/problem.js";
import { ZActiveSessions } from "../../../common/platform/security-schemas.js";
import { ZCurrentUser, ZLoginRequest } from "../../../common/platform/session-schemas.js";
import { publicAccess, secondFactorPendingAccess, signedInAccess } from "../access/route-access.js";
import type { TDb } from "../db/database.js";
import { perClientRateLimit } from "../http/client-network.js";
import { HttpProblem } from "../http/problems.js";
import { logIn, type TLoginSettings } from "./log-in.js";
import { logOut } from "./log-out.js";
import { requireUserActor } from "./require-user-actor.js";
import { secondFactorRoutes } from "./second-factor/second-factor-routes.js";
import { clearSessionCookie, createSessionCookieSender, readSessionToken } from "./session-cookie.js";
import { endSession, listActiveSessions, logOutEverywhere } from "./session-management.js";
import { deleteSessionByToken, findCurrentUser } from "./session-service.js";

export type TSessionRouteOptions = {
  db: TDb;
  settings: TLoginSettings;
  publicUrl: string | undefined;
  loginAttemptsPerMinute: number;
};

/** Log in (create a session), see who is logged in, list and end sessions, log out; the second factor. */
export const sessionRoutes: FastifyPluginAsyncZod<TSessionRouteOptions> = async (app, options) => {
  const { db, settings, publicUrl, loginAttemptsPerMinute } = options;
  const sendCookie = createSessionCookieSender({
    maxAgeSeconds: settings.session.absoluteHours * 3600,
    isPublicUrlHttps: publicUrl?.startsWith("https:") ?? false,
  });
  // Per instance and client address, in memory: caps the argon2 work one client can cause before any
  // database work. The lockout against guessing is the PostgreSQL throttle (throttle/throttle.ts).
  await app.register(fastifyRateLimit, perClientRateLimit);
  const rateLimit = { max: loginAttemptsPerMinute, timeWindow: "1 minute" };

  app.post(
    "/api/sessions",
    {
      config: { access: publicAccess, rateLimit },
      schema: {
        tags: ["sessions"],
        summary: "Log in with e-mail and password; sets the session cookie",
        description:
          "user.stage says whether the session is complete or waits for a second factor " +
          "(POST /api/sessions/current/second-factor) or its enrolment. 429 with Retry-After while locked.",
        body: ZLoginRequest,
        response: { 201: ZCurrentUser, 401: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const { token, user } = await logIn(db, request.body, settings, {
        ipAddress: request.ip,
        userAgent: request.headers["user-agent"],
        previousSessionToken: readSessionToken(request),
      });
      sendCookie.set(request, reply, token);
      return reply.code(201).send(user);
    },
  );

  app.get(
    "/api/sessions/current",
    {
      config: { access: secondFactorPendingAccess },
      schema: {
        tags: ["sessions"],
        summary: "The logged-in user with their memberships, or the second-factor stage of the session",
        response: { 200: ZCurrentUser, 401: ZProblem },
      },
    },
    async (request) => {
      const user =
        request.actor.kind === "user"
          ? await findCurrentUser(db, request.actor.userId)
          : request.pendingSession
            ? await findCurrentUser(db, request.pendingSession.userId, "second_factor_pending")
            : undefined;
      if (!user) throw new HttpProblem(401, "unauthorized");
      return user;
    },
  );

  app.delete(
    "/api/sessions/current",
    {
      config: { access: publicAccess },
      schema: { tags: ["sessions"], summary: "Log out (also without a valid session)", response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.actor.kind === "user") await logOut(db, request.actor, request.ip);
      if (request.pendingSession) await deleteSessionByToken(db, request.pendingSession.sessionToken);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/sessions",
    {
      config: { access: signedInAccess },
      schema: {
        tags: ["sessions"],
        summary: "The signed-in user's active sessions (devices), this one marked",
        response: { 200: ZActiveSessions, 401: ZProblem },
      },
    },
    async (request) => listActiveSessions(db, requireUserActor(request)),
  );

  app.delete(
    "/api/sessions",
    {
      config: { access: signedInAccess },
      schema: {
        tags: ["sessions"],
        summary: "Log out everywhere: ends every session of the signed-in user, this one included",
        response: { 204: z.null(), 401: ZProblem },
      },
    },
    async (request, reply) => {
      await logOutEverywhere(db, requireUserActor(request), request.ip);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/api/sessions/:sessionId",
    {
      config: { access: signedInAccess },
      schema: {
        tags: ["sessions"],
        summary: "Ends one of the signed-in user's own sessions",
        params: z.strictObject({ sessionId: z.uuid() }),
        response: { 204: z.null(), 401: ZProblem, 404: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = requireUserActor(request);
      await endSession(db, actor, request.params.sessionId, request.ip);
      return reply.code(204).send(null);
    },
  );

  await app.register(secondFactorRoutes, { db, settings, sendCookie, rateLimit });
};
