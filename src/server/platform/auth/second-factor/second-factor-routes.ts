import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblem } from "../../../../common/platform/problem.js";
import {
  ZEnrolledLogin,
  ZRecoveryCodes,
  ZSecondFactorRequest,
  ZSecondFactorStatus,
  ZTotpCodeRequest,
  ZTotpEnrolment,
} from "../../../../common/platform/security-schemas.js";
import { ZCurrentUser } from "../../../../common/platform/session-schemas.js";
import { secondFactorPendingAccess, signedInAccess } from "../../access/route-access.js";
import type { TDb } from "../../db/database.js";
import { HttpProblem } from "../../http/problems.js";
import type { TPendingSession } from "../actor.js";
import type { TLoginSettings } from "../log-in.js";
import { requireUserActor } from "../require-user-actor.js";
import type { TSessionCookieSender } from "../session-cookie.js";
import { findCurrentUser } from "../session-service.js";
import { confirmVoluntaryEnrolment, readSecondFactorStatus, regenerateRecoveryCodes } from "./account-second-factor.js";
import { confirmEnrolmentAtLogin, verifySecondFactor } from "./complete-login.js";
import { startTotpEnrolment } from "./totp-credentials.js";

/** The enrolment starts take nothing: an empty JSON object or no body at all. */
const ZNoBody = z.strictObject({}).nullish();

type TOptions = {
  db: TDb;
  settings: TLoginSettings;
  sendCookie: TSessionCookieSender;
  rateLimit: { max: number; timeWindow: string };
};

function requirePending(request: FastifyRequest): TPendingSession {
  if (!request.pendingSession) throw new HttpProblem(409, "secondFactorNotPending");
  return request.pendingSession;
}

function clientOf(request: FastifyRequest) {
  return { ipAddress: request.ip, userAgent: request.headers["user-agent"] };
}

/**
 * The second factor: finishing a login (under /api/sessions/current, for a session waiting for it)
 * and managing one's own authenticator (under /api/account, signed in). Completing a login replaces
 * the session cookie with a new token.
 */
export const secondFactorRoutes: FastifyPluginAsyncZod<TOptions> = async (
  app,
  { db, settings, sendCookie, rateLimit },
) => {
  const tags = ["second factor"];

  app.post(
    "/api/sessions/current/second-factor",
    {
      config: { access: secondFactorPendingAccess, rateLimit },
      schema: {
        tags,
        summary: "Completes a login with a current TOTP code or an unused recovery code; issues a new session cookie",
        body: ZSecondFactorRequest,
        response: { 200: ZCurrentUser, 401: ZProblem, 409: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const { token, user } = await verifySecondFactor(
        db,
        requirePending(request),
        request.body,
        settings,
        clientOf(request),
      );
      sendCookie.set(request, reply, token);
      return user;
    },
  );

  app.post(
    "/api/sessions/current/second-factor/enrolment",
    {
      config: { access: secondFactorPendingAccess, rateLimit },
      schema: {
        tags,
        summary: "Starts enrolling an authenticator during login (users who must have one and have none yet)",
        body: ZNoBody,
        response: { 201: ZTotpEnrolment, 401: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const pending = requirePending(request);
      const user = await findCurrentUser(db, pending.userId, "second_factor_pending");
      if (!user) throw new HttpProblem(401, "unauthorized");
      return reply.code(201).send(await startTotpEnrolment(db, user));
    },
  );

  app.post(
    "/api/sessions/current/second-factor/enrolment/confirmation",
    {
      config: { access: secondFactorPendingAccess, rateLimit },
      schema: {
        tags,
        summary: "Confirms the enrolment with a first code; completes the login and shows the recovery codes once",
        body: ZTotpCodeRequest,
        response: { 200: ZEnrolledLogin, 401: ZProblem, 409: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const completed = await confirmEnrolmentAtLogin(
        db,
        requirePending(request),
        request.body.code,
        settings,
        clientOf(request),
      );
      sendCookie.set(request, reply, completed.token);
      return { user: completed.user, recoveryCodes: completed.recoveryCodes };
    },
  );

  app.get(
    "/api/account/second-factor",
    {
      config: { access: signedInAccess },
      schema: {
        tags,
        summary: "Whether the signed-in user has an authenticator, must have one, and how many recovery codes are left",
        response: { 200: ZSecondFactorStatus, 401: ZProblem },
      },
    },
    async (request) => readSecondFactorStatus(db, requireUserActor(request)),
  );

  app.post(
    "/api/account/second-factor/enrolment",
    {
      config: { access: signedInAccess },
      schema: {
        tags,
        summary: "Starts enrolling an authenticator voluntarily (then every login needs it)",
        body: ZNoBody,
        response: { 201: ZTotpEnrolment, 401: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const user = await findCurrentUser(db, requireUserActor(request).userId);
      if (!user) throw new HttpProblem(401, "unauthorized");
      return reply.code(201).send(await startTotpEnrolment(db, user));
    },
  );

  app.post(
    "/api/account/second-factor/enrolment/confirmation",
    {
      config: { access: signedInAccess, rateLimit },
      schema: {
        tags,
        summary: "Confirms a voluntary enrolment with a first code; shows the recovery codes once",
        body: ZTotpCodeRequest,
        response: { 200: ZRecoveryCodes, 401: ZProblem, 409: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request) => {
      const recoveryCodes = await confirmVoluntaryEnrolment(db, requireUserActor(request), request.body.code, {
        ipAddress: request.ip,
        throttle: settings.throttles.secondFactor,
      });
      return { recoveryCodes };
    },
  );

  app.post(
    "/api/account/second-factor/recovery-codes",
    {
      config: { access: signedInAccess, rateLimit },
      schema: {
        tags,
        summary: "Replaces the recovery codes (needs a current code); the new ones are shown once",
        body: ZTotpCodeRequest,
        response: { 200: ZRecoveryCodes, 401: ZProblem, 409: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request) => {
      const recoveryCodes = await regenerateRecoveryCodes(db, requireUserActor(request), request.body.code, {
        ipAddress: request.ip,
        throttle: settings.throttles.secondFactor,
      });
      return { recoveryCodes };
    },
  );
};
