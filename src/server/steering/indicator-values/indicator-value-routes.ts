import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { ZConceptVersionQuery } from "../../../common/steering/concept-schemas.js";
import {
  ZIndicatorValue,
  ZIndicatorValueList,
  ZIndicatorValueNew,
  ZIndicatorValueUpdate,
} from "../../../common/steering/indicator-value-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { conceptCallerOf } from "../concept/concept-caller.js";
import { conceptPolicy } from "../concept/concept-policy.js";
import {
  createIndicatorValue,
  deleteIndicatorValue,
  listIndicatorValues,
  updateIndicatorValue,
} from "./indicator-values.js";

const tags = ["steering"];
const problems = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem };

/** Indicator values entered by hand for a sub-goal, with their source (docs/steering.md). */
export const indicatorValueRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/steering/sub-goals/:id/values",
    {
      config: { access: requires(conceptPolicy, "read") },
      schema: {
        tags,
        summary: "The values entered by hand for a sub-goal's indicator, by year",
        params: ZIdParams,
        response: { 200: ZIndicatorValueList, ...problems },
      },
    },
    (request) => listIndicatorValues(db, conceptCallerOf(request), request.params.id),
  );

  app.post(
    "/api/steering/sub-goals/:id/values",
    {
      config: { access: requires(conceptPolicy, "update") },
      schema: {
        tags,
        summary: "Enter a value with its source, for a year or month, district-wide or for one administration",
        params: ZIdParams,
        body: ZIndicatorValueNew,
        response: { 201: ZIndicatorValue, 409: ZProblem, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createIndicatorValue(db, conceptCallerOf(request), request.params.id, request.body)),
  );

  app.put(
    "/api/steering/indicator-values/:id",
    {
      config: { access: requires(conceptPolicy, "update") },
      schema: {
        tags,
        summary: "Change a value entered by hand (stale version: 409)",
        params: ZIdParams,
        body: ZIndicatorValueUpdate,
        response: { 200: ZIndicatorValue, 409: ZProblem, ...problems },
      },
    },
    (request) => updateIndicatorValue(db, conceptCallerOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/steering/indicator-values/:id",
    {
      config: { access: requires(conceptPolicy, "delete") },
      schema: {
        tags,
        summary: "Remove a value entered by hand",
        params: ZIdParams,
        querystring: ZConceptVersionQuery,
        response: { 204: z.null(), 409: ZProblem, ...problems },
      },
    },
    async (request, reply) => {
      await deleteIndicatorValue(db, conceptCallerOf(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
