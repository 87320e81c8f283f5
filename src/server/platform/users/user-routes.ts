import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZEmptyBody,
  ZMembershipParams,
  ZUserPage,
  ZUserQuery,
  ZUserSummary,
  ZUserUpdate,
} from "../../../common/platform/user-schemas.js";
import { requireActor, requires } from "../access/route-access.js";
import { auditContextOfRequest } from "../audit/record-audit-event.js";
import type { TDb } from "../db/database.js";
import { grantMembership, revokeMembership } from "./change-memberships.js";
import { findUser } from "./find-user.js";
import { listUsers } from "./list-users.js";
import { deactivateUser, reactivateUser } from "./set-user-active.js";
import { updateUser } from "./update-user.js";
import { userPolicy } from "./user-policy.js";

const tags = ["users"];
const problems = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem };

/** The people who work with KommMit: list, read, change, deactivate, and their memberships. */
export const userRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/users",
    {
      config: { access: requires(userPolicy, "list") },
      schema: {
        tags,
        summary: "Users the actor may see: search by name or e-mail, filter by organisation, role, status",
        querystring: ZUserQuery,
        response: { 200: ZUserPage, ...problems },
      },
    },
    (request) => listUsers(db, requireActor(request), request.query),
  );

  app.get(
    "/api/users/:id",
    {
      config: { access: requires(userPolicy, "read") },
      schema: {
        tags,
        summary: "One user with memberships",
        params: ZIdParams,
        response: { 200: ZUserSummary, ...problems },
      },
    },
    (request) => findUser(db, requireActor(request), request.params.id),
  );

  app.patch(
    "/api/users/:id",
    {
      config: { access: requires(userPolicy, "update") },
      schema: {
        tags,
        summary: "Change a user's name or mail language",
        params: ZIdParams,
        body: ZUserUpdate,
        response: { 200: ZUserSummary, ...problems },
      },
    },
    (request) => updateUser(db, requireActor(request), auditContextOfRequest(request), request.params.id, request.body),
  );

  app.post(
    "/api/users/:id/deactivation",
    {
      config: { access: requires(userPolicy, "deactivate") },
      schema: {
        tags,
        summary: "Deactivate a user: no login, all sessions end now",
        params: ZIdParams,
        body: ZEmptyBody,
        response: { 200: ZUserSummary, ...problems },
      },
    },
    (request) => deactivateUser(db, requireActor(request), auditContextOfRequest(request), request.params.id),
  );

  app.delete(
    "/api/users/:id/deactivation",
    {
      config: { access: requires(userPolicy, "reactivate") },
      schema: {
        tags,
        summary: "Reactivate a deactivated user",
        params: ZIdParams,
        response: { 200: ZUserSummary, ...problems },
      },
    },
    (request) => reactivateUser(db, requireActor(request), auditContextOfRequest(request), request.params.id),
  );

  app.put(
    "/api/users/:id/memberships/:organisationId/:role",
    {
      config: { access: requires(userPolicy, "manage_memberships") },
      schema: {
        tags,
        summary: "Grant a role in an organisation (idempotent)",
        params: ZMembershipParams,
        body: ZEmptyBody,
        response: { 200: ZUserSummary, ...problems },
      },
    },
    (request) =>
      grantMembership(db, requireActor(request), auditContextOfRequest(request), {
        userId: request.params.id,
        organisationId: request.params.organisationId,
        role: request.params.role,
      }),
  );

  app.delete(
    "/api/users/:id/memberships/:organisationId/:role",
    {
      config: { access: requires(userPolicy, "manage_memberships") },
      schema: {
        tags,
        summary: "Revoke a role in an organisation",
        params: ZMembershipParams,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await revokeMembership(db, requireActor(request), auditContextOfRequest(request), {
        userId: request.params.id,
        organisationId: request.params.organisationId,
        role: request.params.role,
      });
      return reply.code(204).send(null);
    },
  );
};
