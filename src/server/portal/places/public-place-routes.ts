import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZPublicPlaceDetail,
  ZPublicPlaceLanguageQuery,
  ZPublicPlacePage,
  ZPublicPlaceQuery,
} from "../../../common/portal/place-schemas.js";
import { publicAccess } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { perClientRateLimit } from "../../platform/http/client-network.js";
import { listPublicPlaces, readPublicPlace } from "./public-places.js";

/** As for the public offer reads: plenty for a person browsing, little for a scraper. */
const publicRequestsPerMinute = 120;
const publicCacheControl = "public, max-age=60";

export type TPublicPlaceOptions = { db: TDb; now?: () => Date };

/** The portal's public read of published places; "open now" is computed at `now` (injectable for tests). */
export const publicPlaceRoutes: FastifyPluginAsyncZod<TPublicPlaceOptions> = async (
  app,
  { db, now = () => new Date() },
) => {
  await app.register(fastifyRateLimit, perClientRateLimit);
  const config = { access: publicAccess, rateLimit: { max: publicRequestsPerMinute, timeWindow: "1 minute" } };

  app.get(
    "/api/public/places",
    {
      config,
      schema: {
        tags: ["public"],
        summary: "Published places of a municipal unit and the district, by category, nearest first, no login",
        querystring: ZPublicPlaceQuery,
        response: { 200: ZPublicPlacePage, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) =>
      reply.header("cache-control", publicCacheControl).send(await listPublicPlaces(db, request.query, now())),
  );

  app.get(
    "/api/public/places/:id",
    {
      config,
      schema: {
        tags: ["public"],
        summary: "A published place with its contacts, in the requested language or German",
        params: ZIdParams,
        querystring: ZPublicPlaceLanguageQuery,
        response: { 200: ZPublicPlaceDetail, 404: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) =>
      reply
        .header("cache-control", publicCacheControl)
        .send(await readPublicPlace(db, request.params.id, request.query.lang, now())),
  );
};
