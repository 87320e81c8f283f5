import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZConceptStatementInput,
  ZConceptStatementUpdate,
  ZConceptVersionQuery,
} from "../../../common/steering/concept-schemas.js";
import { ZConceptStatement } from "../../../common/steering/concept-view-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { conceptCallerOf } from "./concept-caller.js";
import { conceptProblems as problems, conceptTags as tags } from "./concept-period-routes.js";
import { conceptPolicy } from "./concept-policy.js";
import { addStatement, deleteStatement, getStatement, updateStatement } from "./concept-statements.js";

/** A field of action's statement in a period: guiding principle and challenges. */
export const conceptStatementRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.post(
    "/api/steering/concept-periods/:id/statements",
    {
      config: { access: requires(conceptPolicy, "update") },
      schema: {
        tags,
        summary: "Add a field of action's statement to a period (one per field; a closed period: 409)",
        params: ZIdParams,
        body: ZConceptStatementInput,
        response: { 201: ZConceptStatement, 409: ZProblem, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addStatement(db, conceptCallerOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/steering/statements/:id",
    {
      config: { access: requires(conceptPolicy, "read") },
      schema: {
        tags,
        summary: "One statement with its sub-goals and measures",
        params: ZIdParams,
        response: { 200: ZConceptStatement, ...problems },
      },
    },
    (request) => getStatement(db, conceptCallerOf(request), request.params.id),
  );

  app.put(
    "/api/steering/statements/:id",
    {
      config: { access: requires(conceptPolicy, "update") },
      schema: {
        tags,
        summary: "Change guiding principle and challenges at the version read (stale: 409)",
        params: ZIdParams,
        body: ZConceptStatementUpdate,
        response: { 200: ZConceptStatement, 409: ZProblem, ...problems },
      },
    },
    (request) => updateStatement(db, conceptCallerOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/steering/statements/:id",
    {
      config: { access: requires(conceptPolicy, "delete") },
      schema: {
        tags,
        summary: "Delete a statement without sub-goals (with sub-goals or stale: 409)",
        params: ZIdParams,
        querystring: ZConceptVersionQuery,
        response: { 204: z.null(), 409: ZProblem, ...problems },
      },
    },
    async (request, reply) => {
      await deleteStatement(db, conceptCallerOf(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
