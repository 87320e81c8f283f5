import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import {
  ZHandover,
  ZHandoverDecline,
  ZHandoverId,
  ZHandoverListQuery,
  ZHandoverRequest,
} from "../../../common/counselling/handover-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { caseContextOf } from "./case-context.js";
import { casePolicy, handoverPolicy } from "./case-policy.js";
import { createHandoverAccess } from "./handover-access.js";

const tags = ["counselling"];
const problems = { 401: ZProblem, 404: ZProblem };
const changeProblems = { ...problems, 409: ZProblem, 422: ZProblem };

/** Handovers of cases between desks: start one, list a desk's, accept, decline or withdraw. */
export const handoverRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  const handovers = (request: Parameters<typeof caseContextOf>[0]) => createHandoverAccess(caseContextOf(request, db));

  app.post(
    "/api/persons/:id/case/handovers",
    {
      config: { access: requires(casePolicy, "hand_over") },
      schema: {
        tags,
        summary: "Hand the person's case over to another desk with a note; one handover waits at a time",
        params: ZPersonId,
        body: ZHandoverRequest,
        response: { 201: ZHandover, ...changeProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await handovers(request).start(request.params.id, request.body)),
  );

  app.get(
    "/api/counselling/handovers",
    {
      config: { access: requires(handoverPolicy, "list") },
      schema: {
        tags,
        summary: "Handovers received by (incoming) or sent from (outgoing) the actor's desks; audited per person",
        querystring: ZHandoverListQuery,
        response: { 200: z.array(ZHandover), ...problems },
      },
    },
    (request) => handovers(request).list(request.query),
  );

  app.post(
    "/api/counselling/handovers/:handoverId/accept",
    {
      config: { access: requires(handoverPolicy, "decide") },
      schema: {
        tags,
        summary: "Accept a handover to one's desk: the case moves to it",
        params: ZHandoverId,
        body: z.strictObject({}),
        response: { 200: ZHandover, ...changeProblems },
      },
    },
    (request) => handovers(request).accept(request.params.handoverId),
  );

  app.post(
    "/api/counselling/handovers/:handoverId/decline",
    {
      config: { access: requires(handoverPolicy, "decide") },
      schema: {
        tags,
        summary: "Decline a handover to one's desk, with a reason: the case stays where it is",
        params: ZHandoverId,
        body: ZHandoverDecline,
        response: { 200: ZHandover, ...changeProblems },
      },
    },
    (request) => handovers(request).decline(request.params.handoverId, request.body),
  );

  app.post(
    "/api/counselling/handovers/:handoverId/withdraw",
    {
      config: { access: requires(handoverPolicy, "withdraw") },
      schema: {
        tags,
        summary: "Withdraw a handover one's desk started, while it waits",
        params: ZHandoverId,
        body: z.strictObject({}),
        response: { 200: ZHandover, ...changeProblems },
      },
    },
    (request) => handovers(request).withdraw(request.params.handoverId),
  );
};
