import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblem } from "../../../common/platform/problem.js";
import { ZCurrentUser, ZLoginRequest } from "../../../common/platform/session-schemas.js";
import { publicAccess, signedInAccess } from "../access/route-access.js";
import type { TDb } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import { logIn } from "./log-in.js";
import { logOut } from "./log-out.js";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.js";
import { findCurrentUser, type TSessionPolicy } from "./session-service.js";

type TOptions = {
  db: TDb;
  policy: TSessionPolicy;
  publicUrl: string | undefined;
  loginAttemptsPerMinute: number;
};

/** Log in (create a session), see who is logged in, log out. */
export const sessionRoutes: FastifyPluginAsyncZod<TOptions> = async (
  app,
  { db, policy, publicUrl, loginAttemptsPerMinute },
) => {
  // Per instance and client address; slows password guessing and caps the argon2 work one client can cause.
  await app.register(fastifyRateLimit, { global: false });
  app.post(
    "/api/sessions",
    {
      config: { access: publicAccess, rateLimit: { max: loginAttemptsPerMinute, timeWindow: "1 minute" } },
      schema: {
        tags: ["sessions"],
        summary: "Log in with e-mail and password; sets the session cookie",
        body: ZLoginRequest,
        response: { 201: ZCurrentUser, 401: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const { token, user } = await logIn(db, request.body, policy, {
        ipAddress: request.ip,
        userAgent: request.headers["user-agent"],
      });
      setSessionCookie(request, reply, token, {
        maxAgeSeconds: policy.absoluteHours * 3600,
        isPublicUrlHttps: publicUrl?.startsWith("https:") ?? false,
      });
      return reply.code(201).send(user);
    },
  );

  app.get(
    "/api/sessions/current",
    {
      config: { access: signedInAccess },
      schema: {
        tags: ["sessions"],
        summary: "The logged-in user with their memberships",
        response: { 200: ZCurrentUser, 401: ZProblem },
      },
    },
    async (request) => {
      const user = request.actor.kind === "user" ? await findCurrentUser(db, request.actor.userId) : undefined;
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
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );
};
