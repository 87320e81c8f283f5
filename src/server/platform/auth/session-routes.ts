import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblem } from "../../../common/platform/problem.js";
import { ZCurrentUser, ZLoginRequest } from "../../../common/platform/session-schemas.js";
import type { TDb } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.js";
import {
  createSession,
  deleteSession,
  findCurrentUser,
  type TSessionPolicy,
  verifyCredentials,
} from "./session-service.js";

type TOptions = { db: TDb; policy: TSessionPolicy };

/** Log in (create a session), see who is logged in, log out. */
export const sessionRoutes: FastifyPluginAsyncZod<TOptions> = async (app, { db, policy }) => {
  app.post(
    "/api/sessions",
    {
      schema: {
        tags: ["sessions"],
        summary: "Log in with e-mail and password; sets the session cookie",
        body: ZLoginRequest,
        response: { 201: ZCurrentUser, 401: ZProblem },
      },
    },
    async (request, reply) => {
      const userId = await verifyCredentials(db, request.body.email, request.body.password);
      if (!userId) throw new HttpProblem(401, "invalidCredentials");
      const token = await createSession(db, userId, policy, {
        ipAddress: request.ip,
        userAgent: request.headers["user-agent"],
      });
      setSessionCookie(request, reply, token, policy.absoluteHours * 3600);
      const user = await findCurrentUser(db, userId);
      if (!user) throw new HttpProblem(401, "unauthorized");
      return reply.code(201).send(user);
    },
  );

  app.get(
    "/api/sessions/current",
    {
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
      schema: { tags: ["sessions"], summary: "Log out", response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.actor.kind === "user") await deleteSession(db, request.actor.sessionToken);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );
};
