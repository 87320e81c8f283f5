import fastifyRateLimit from "@fastify/rate-limit";
import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { ZOfferIdParams } from "../../../common/offers/offer-schemas.js";
import {
  ZOfferSearchPage,
  ZOfferSearchQuery,
  ZPublicOffer,
  ZPublicOfferQuery,
  ZStaffOfferSearchPage,
} from "../../../common/offers/offer-search-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { publicAccess, requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { perClientRateLimit } from "../../platform/http/client-network.js";
import { buildOfferReach, offerCallerOf } from "../directory/offer-caller.js";
import { offerPolicy } from "../offer-policy.js";
import { readPublicOffer } from "./read-public-offer.js";
import { searchOffers } from "./search-offers.js";

/** The portal's reads per client network and minute: plenty for a person browsing, little for a scraper. */
const publicRequestsPerMinute = 120;
/** Published offers change by review, not by the second: a short shared cache spares the database. */
const publicCacheControl = "public, max-age=60";

/** The offer search for staff (within their reach) and the portal's public read of published offers. */
export const offerSearchRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  await app.register(fastifyRateLimit, perClientRateLimit);

  app.get(
    "/api/offers",
    {
      config: { access: requires(offerPolicy, "list") },
      schema: {
        tags: ["offers"],
        summary: "Search the published offers valid today: words in the offer's language, filters, distance, paging",
        querystring: ZOfferSearchQuery,
        response: { 200: ZStaffOfferSearchPage, 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    (request) =>
      searchOffers(db, request.query, {
        reach: buildOfferReach(offerCallerOf(request), "list"),
        today: todayInBerlin(),
      }),
  );

  const publicConfig = {
    access: publicAccess,
    rateLimit: { max: publicRequestsPerMinute, timeWindow: "1 minute" },
  };

  app.get(
    "/api/public/offers",
    {
      config: publicConfig,
      schema: {
        tags: ["public"],
        summary: "The portal's offer search: published offers valid today, no login",
        querystring: ZOfferSearchQuery,
        response: { 200: ZOfferSearchPage, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const page = await searchOffers(db, request.query, { reach: sql`true`, today: todayInBerlin() });
      const items = page.items.map(({ providerId: _providerId, ...item }) => item);
      return reply.header("cache-control", publicCacheControl).send({ ...page, items });
    },
  );

  app.get(
    "/api/public/offers/:id",
    {
      config: publicConfig,
      schema: {
        tags: ["public"],
        summary: "A published offer for the portal, in the requested language or German",
        params: ZOfferIdParams,
        querystring: ZPublicOfferQuery,
        response: { 200: ZPublicOffer, 404: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const offer = await readPublicOffer(db, request.params.id, request.query.lang, todayInBerlin());
      return reply.header("cache-control", publicCacheControl).send(offer);
    },
  );
};
