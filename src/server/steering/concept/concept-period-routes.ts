import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZConceptPeriodInput,
  ZConceptPeriodUpdate,
  ZConceptVersionQuery,
} from "../../../common/steering/concept-schemas.js";
import { ZConceptHistory, ZConceptPeriod, ZConceptPeriodList } from "../../../common/steering/concept-view-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { conceptCallerOf } from "./concept-caller.js";
import { createPeriod, deletePeriod, listPeriods, readPeriodHistory, updatePeriod } from "./concept-periods.js";
import { conceptPolicy } from "./concept-policy.js";
import { readPeriod } from "./concept-records.js";

export const conceptTags = ["steering"];
export const conceptProblems = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem };

/** Concept periods (e.g. 2018–2022): district coordinators keep them; the whole period is read as one tree. */
export const conceptPeriodRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  const tags = conceptTags;
  const problems = conceptProblems;

  app.get(
    "/api/steering/concept-periods",
    {
      config: { access: requires(conceptPolicy, "list") },
      schema: {
        tags,
        summary: "The district's concept periods, by first year",
        response: { 200: ZConceptPeriodList, ...problems },
      },
    },
    (request) => listPeriods(db, conceptCallerOf(request)),
  );

  app.post(
    "/api/steering/concept-periods",
    {
      config: { access: requires(conceptPolicy, "create") },
      schema: {
        tags,
        summary: "Start a concept period, as a draft or active (another active one: 409)",
        body: ZConceptPeriodInput,
        response: { 201: ZConceptPeriod, 409: ZProblem, ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await createPeriod(db, conceptCallerOf(request), request.body)),
  );

  app.get(
    "/api/steering/concept-periods/:id",
    {
      config: { access: requires(conceptPolicy, "read") },
      schema: {
        tags,
        summary: "The whole period: statements per field of action, their sub-goals and measures",
        params: ZIdParams,
        response: { 200: ZConceptPeriod, ...problems },
      },
    },
    (request) => readPeriod(db, conceptCallerOf(request), request.params.id),
  );

  app.put(
    "/api/steering/concept-periods/:id",
    {
      config: { access: requires(conceptPolicy, "update") },
      schema: {
        tags,
        summary: "Change name, years or status at the version read (stale or another active period: 409)",
        params: ZIdParams,
        body: ZConceptPeriodUpdate,
        response: { 200: ZConceptPeriod, 409: ZProblem, ...problems },
      },
    },
    (request) => updatePeriod(db, conceptCallerOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/steering/concept-periods/:id",
    {
      config: { access: requires(conceptPolicy, "delete") },
      schema: {
        tags,
        summary: "Delete a draft period with all its parts (not a draft or stale: 409)",
        params: ZIdParams,
        querystring: ZConceptVersionQuery,
        response: { 204: z.null(), 409: ZProblem, ...problems },
      },
    },
    async (request, reply) => {
      await deletePeriod(db, conceptCallerOf(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/steering/concept-periods/:id/history",
    {
      config: { access: requires(conceptPolicy, "read") },
      schema: {
        tags,
        summary: "Every change to the period and its parts, newest first, with the values before and after",
        params: ZIdParams,
        response: { 200: ZConceptHistory, ...problems },
      },
    },
    (request) => readPeriodHistory(db, conceptCallerOf(request), request.params.id),
  );
};
