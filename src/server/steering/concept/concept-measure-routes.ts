import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZConceptMeasureInput,
  ZConceptMeasureUpdate,
  ZConceptVersionQuery,
} from "../../../common/steering/concept-schemas.js";
import { ZConceptMeasure } from "../../../common/steering/concept-view-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { conceptCallerOf } from "./concept-caller.js";
import { addMeasure, deleteMeasure, getMeasure, updateMeasure } from "./concept-measures.js";
import { conceptProblems as problems, conceptTags as tags } from "./concept-period-routes.js";
import { conceptPolicy } from "./concept-policy.js";

/** Measures towards a sub-goal: responsible, partners, municipalities, timeline, status, budget, progress. */
export const conceptMeasureRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.post(
    "/api/steering/sub-goals/:id/measures",
    {
      config: { access: requires(conceptPolicy, "update") },
      schema: {
        tags,
        summary: "Add a measure to a sub-goal, numbered next unless a number is given (a closed period: 409)",
        params: ZIdParams,
        body: ZConceptMeasureInput,
        response: { 201: ZConceptMeasure, 409: ZProblem, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addMeasure(db, conceptCallerOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/steering/measures/:id",
    {
      config: { access: requires(conceptPolicy, "read") },
      schema: {
        tags,
        summary: "One measure",
        params: ZIdParams,
        response: { 200: ZConceptMeasure, ...problems },
      },
    },
    (request) => getMeasure(db, conceptCallerOf(request), request.params.id),
  );

  app.put(
    "/api/steering/measures/:id",
    {
      config: { access: requires(conceptPolicy, "update") },
      schema: {
        tags,
        summary: "Change a measure at the version read (stale: 409)",
        params: ZIdParams,
        body: ZConceptMeasureUpdate,
        response: { 200: ZConceptMeasure, 409: ZProblem, ...problems },
      },
    },
    (request) => updateMeasure(db, conceptCallerOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/steering/measures/:id",
    {
      config: { access: requires(conceptPolicy, "delete") },
      schema: {
        tags,
        summary: "Delete a measure (stale: 409)",
        params: ZIdParams,
        querystring: ZConceptVersionQuery,
        response: { 204: z.null(), 409: ZProblem, ...problems },
      },
    },
    async (request, reply) => {
      await deleteMeasure(db, conceptCallerOf(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
