import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZConceptSubGoalInput,
  ZConceptSubGoalUpdate,
  ZConceptVersionQuery,
} from "../../../common/steering/concept-schemas.js";
import { ZConceptSubGoal } from "../../../common/steering/concept-view-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { conceptCallerOf } from "./concept-caller.js";
import { conceptProblems as problems, conceptTags as tags } from "./concept-period-routes.js";
import { conceptPolicy } from "./concept-policy.js";
import { addSubGoal, deleteSubGoal, getSubGoal, updateSubGoal } from "./concept-sub-goals.js";

/** Numbered sub-goals of a statement: indicator, baseline, targets, responsible organisation. */
export const conceptSubGoalRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.post(
    "/api/steering/statements/:id/sub-goals",
    {
      config: { access: requires(conceptPolicy, "update") },
      schema: {
        tags,
        summary: "Add a sub-goal to a statement, numbered next unless a number is given (a closed period: 409)",
        params: ZIdParams,
        body: ZConceptSubGoalInput,
        response: { 201: ZConceptSubGoal, 409: ZProblem, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addSubGoal(db, conceptCallerOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/steering/sub-goals/:id",
    {
      config: { access: requires(conceptPolicy, "read") },
      schema: {
        tags,
        summary: "One sub-goal with its measures",
        params: ZIdParams,
        response: { 200: ZConceptSubGoal, ...problems },
      },
    },
    (request) => getSubGoal(db, conceptCallerOf(request), request.params.id),
  );

  app.put(
    "/api/steering/sub-goals/:id",
    {
      config: { access: requires(conceptPolicy, "update") },
      schema: {
        tags,
        summary: "Change a sub-goal at the version read (stale: 409)",
        params: ZIdParams,
        body: ZConceptSubGoalUpdate,
        response: { 200: ZConceptSubGoal, 409: ZProblem, ...problems },
      },
    },
    (request) => updateSubGoal(db, conceptCallerOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/steering/sub-goals/:id",
    {
      config: { access: requires(conceptPolicy, "delete") },
      schema: {
        tags,
        summary: "Delete a sub-goal without measures (with measures or stale: 409)",
        params: ZIdParams,
        querystring: ZConceptVersionQuery,
        response: { 204: z.null(), 409: ZProblem, ...problems },
      },
    },
    async (request, reply) => {
      await deleteSubGoal(db, conceptCallerOf(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
