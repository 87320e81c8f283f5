import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZOfferContent } from "../../../common/offers/offer-content-schemas.js";
import {
  ZFreePlacesChange,
  ZOffer,
  ZOfferIdParams,
  ZOfferPage,
  ZOfferQuery,
  ZOfferUpdate,
  ZOfferVersion,
} from "../../../common/offers/offer-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { offerPolicy } from "../offer-policy.js";
import { createOffer } from "./create-offer.js";
import { listOffers } from "./list-offers.js";
import { offerCallerOf } from "./offer-caller.js";
import { setFreePlaces, submitOffer, withdrawOffer } from "./offer-lifecycle.js";
import { readOffer } from "./offer-records.js";
import { updateOffer } from "./update-offer.js";

const tags = ["offers"];
const changeResponses = { 200: ZOffer, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem };

/** A provider's own offers: create, edit, submit for review, withdraw, free places. Thin handlers. */
export const offerDirectoryRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/offers/mine",
    {
      config: { access: requires(offerPolicy, "list") },
      schema: {
        tags,
        summary: "The offers the actor keeps (a provider's own; all for reviewers) with status; search and paging",
        querystring: ZOfferQuery,
        response: { 200: ZOfferPage, 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    (request) => listOffers(db, offerCallerOf(request), request.query),
  );

  app.post(
    "/api/offers",
    {
      config: { access: requires(offerPolicy, "create") },
      schema: {
        tags,
        summary: "Create an offer of the actor's provider as a draft (descriptions are sanitised)",
        body: ZOfferContent,
        response: { 201: ZOffer, 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => reply.code(201).send(await createOffer(db, offerCallerOf(request), request.body)),
  );

  app.get(
    "/api/offers/:id",
    {
      config: { access: requires(offerPolicy, "read") },
      schema: {
        tags,
        summary: "An offer with its content in force and its submissions (reviews and comments)",
        params: ZOfferIdParams,
        response: { 200: ZOffer, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    (request) => readOffer(db, offerCallerOf(request), request.params.id),
  );

  app.put(
    "/api/offers/:id",
    {
      config: { access: requires(offerPolicy, "update") },
      schema: {
        tags,
        summary:
          "Save an offer at the version read: a draft is overwritten, a published one gets a revision for review",
        params: ZOfferIdParams,
        body: ZOfferUpdate,
        response: changeResponses,
      },
    },
    (request) => updateOffer(db, offerCallerOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/offers/:id/submit",
    {
      config: { access: requires(offerPolicy, "update") },
      schema: {
        tags,
        summary: "Send a draft to review (it waits in_review until a reviewer decides)",
        params: ZOfferIdParams,
        body: ZOfferVersion,
        response: changeResponses,
      },
    },
    (request) => submitOffer(db, offerCallerOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/offers/:id/withdraw",
    {
      config: { access: requires(offerPolicy, "update") },
      schema: {
        tags,
        summary: "Withdraw an offer from the directory (a waiting submission is dropped)",
        params: ZOfferIdParams,
        body: ZOfferVersion,
        response: changeResponses,
      },
    },
    (request) => withdrawOffer(db, offerCallerOf(request), request.params.id, request.body),
  );

  app.patch(
    "/api/offers/:id/free-places",
    {
      config: { access: requires(offerPolicy, "update") },
      schema: {
        tags,
        summary: "Set the free places directly, without review, within 0 and the capacity",
        params: ZOfferIdParams,
        body: ZFreePlacesChange,
        response: changeResponses,
      },
    },
    (request) => setFreePlaces(db, offerCallerOf(request), request.params.id, request.body),
  );
};
