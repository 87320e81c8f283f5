import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ZApproval,
  ZOfferRevision,
  ZRejection,
  ZReviewQueue,
  ZReviewQueueQuery,
  ZRevisionIdParams,
} from "../../../common/offers/offer-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { offerPolicy } from "../offer-policy.js";
import { offerCallerOf } from "./offer-caller.js";
import { listReviewQueue } from "./review-queue.js";
import { approveRevision, readRevision, rejectRevision } from "./review-revision.js";

const tags = ["offers"];
const decisionResponses = {
  200: ZOfferRevision,
  401: ZProblem,
  403: ZProblem,
  404: ZProblem,
  409: ZProblem,
  422: ZProblem,
};

/** The review of submitted offers and changes by district and municipal staff. Thin handlers. */
export const offerReviewRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/offer-revisions/pending",
    {
      config: { access: requires(offerPolicy, "review") },
      schema: {
        tags,
        summary: "The review queue: submissions waiting, oldest first, new offers and changes",
        querystring: ZReviewQueueQuery,
        response: { 200: ZReviewQueue, 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    (request) => listReviewQueue(db, offerCallerOf(request), request.query),
  );

  app.get(
    "/api/offer-revisions/:revisionId",
    {
      config: { access: requires(offerPolicy, "review") },
      schema: {
        tags,
        summary: "A submission with its diff against the content in force, field by field and per language",
        params: ZRevisionIdParams,
        response: { 200: ZOfferRevision, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    (request) => readRevision(db, offerCallerOf(request), request.params.revisionId),
  );

  app.post(
    "/api/offer-revisions/:revisionId/approve",
    {
      config: { access: requires(offerPolicy, "review") },
      schema: {
        tags,
        summary: "Approve a submission: its content is published (409 when already decided)",
        params: ZRevisionIdParams,
        body: ZApproval,
        response: decisionResponses,
      },
    },
    (request) => approveRevision(db, offerCallerOf(request), request.params.revisionId),
  );

  app.post(
    "/api/offer-revisions/:revisionId/reject",
    {
      config: { access: requires(offerPolicy, "review") },
      schema: {
        tags,
        summary: "Send a submission back with a comment the provider sees (required)",
        params: ZRevisionIdParams,
        body: ZRejection,
        response: decisionResponses,
      },
    },
    (request) => rejectRevision(db, offerCallerOf(request), request.params.revisionId, request.body),
  );
};
