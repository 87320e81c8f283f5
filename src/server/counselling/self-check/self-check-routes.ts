import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import {
  ZSelfCheckInvitationCreated,
  ZSelfCheckInvitationId,
  ZSelfCheckInvitationList,
  ZSelfCheckInvite,
} from "../../../common/counselling/self-check-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { personAccessOf } from "../../arrival/persons/person-access-of-request.js";
import { requireActor, requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { assessmentPolicy } from "../assessments/assessment-policy.js";
import { createSelfCheckInvitations } from "./self-check-invitations.js";

const tags = ["assessments"];

/** Staff's side of the self-check: invite (the link is answered once), list, withdraw. */
export const selfCheckRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  const invitationsOf = (request: Parameters<typeof personAccessOf>[0]) =>
    createSelfCheckInvitations(db, personAccessOf(request, db), requireActor(request));

  app.post(
    "/api/persons/:id/self-checks",
    {
      config: { access: requires(assessmentPolicy, "create") },
      schema: {
        tags,
        summary:
          "Invite the person to the self-check on the portal: starts a self-check assessment, answers its link once",
        params: ZPersonId,
        body: ZSelfCheckInvite,
        response: { 201: ZSelfCheckInvitationCreated, 401: ZProblem, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await invitationsOf(request).invite(request.params.id, request.body.language)),
  );

  app.get(
    "/api/persons/:id/self-checks",
    {
      config: { access: requires(assessmentPolicy, "list") },
      schema: {
        tags,
        summary: "The person's self-check invitations with their state (open, submitted, expired, revoked)",
        params: ZPersonId,
        response: { 200: ZSelfCheckInvitationList, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => invitationsOf(request).list(request.params.id),
  );

  app.post(
    "/api/self-checks/:invitationId/revoke",
    {
      config: { access: requires(assessmentPolicy, "update") },
      schema: {
        tags,
        summary: "Withdraw an open self-check link at once",
        params: ZSelfCheckInvitationId,
        body: z.strictObject({}),
        response: { 204: z.null(), 401: ZProblem, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => {
      await invitationsOf(request).revoke(request.params.invitationId);
      return reply.code(204).send(null);
    },
  );
};
