import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ZGoalInput,
  ZGoalPatch,
  ZIntegrationPlanView,
  ZMeasureInput,
  ZMeasurePatch,
  ZPlanAgreement,
  ZPlanCreate,
  ZPlanGoalId,
  ZPlanMeasureId,
  ZPlanPatch,
  ZPlanPersonId,
  ZPlanResponsibleOptions,
  ZPlanReviewInput,
} from "../../../common/counselling/plan-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requireActor, requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { createPlan } from "./create-plan.js";
import { planAccessOf } from "./plan-access-of-request.js";
import { recordAgreement } from "./plan-agreement.js";
import { addGoal, updateGoal } from "./plan-goals.js";
import { addMeasure, updateMeasure } from "./plan-measures.js";
import { integrationPlanPolicy } from "./plan-policy.js";
import { listResponsibleOptions } from "./plan-responsible-options.js";
import { addReview } from "./plan-reviews.js";
import { readPlan } from "./read-plan.js";
import { updatePlan } from "./update-plan.js";

const tags = ["integration plans"];
const base = "/api/persons/:id/integration-plan";
const read = { access: requires(integrationPlanPolicy, "read") };
const update = { access: requires(integrationPlanPolicy, "update") };
/** Every write answers with the plan as it is now; a write against an older version than stored is 409. */
const writeResponse = { 200: ZIntegrationPlanView, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem };

/** A person's integration plan (Förderplan), always through the person data access layer; every read and write audited. */
export const planRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: "The person's current integration plan (null while none exists), with goals, measures and reviews",
        params: ZPlanPersonId,
        response: { 200: ZIntegrationPlanView, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => readPlan(db, planAccessOf(request, db), request.params.id),
  );

  app.post(
    base,
    {
      config: update,
      schema: {
        tags,
        summary: "Start the person's integration plan, as a draft (409 when one exists)",
        params: ZPlanPersonId,
        body: ZPlanCreate,
        response: { 201: ZIntegrationPlanView, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPlan(db, planAccessOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    base,
    {
      config: update,
      schema: {
        tags,
        summary: "Set the next review date",
        params: ZPlanPersonId,
        body: ZPlanPatch,
        response: writeResponse,
      },
    },
    (request) => updatePlan(db, planAccessOf(request, db), request.params.id, request.body),
  );

  app.post(
    `${base}/agreement`,
    {
      config: update,
      schema: {
        tags,
        summary: "Record the person's agreement to the plan: when, how, with whom",
        params: ZPlanPersonId,
        body: ZPlanAgreement,
        response: writeResponse,
      },
    },
    (request) => recordAgreement(db, planAccessOf(request, db), request.params.id, request.body),
  );

  app.post(
    `${base}/reviews`,
    {
      config: update,
      schema: {
        tags,
        summary: "Record a review of the plan's progress, and the next review date",
        params: ZPlanPersonId,
        body: ZPlanReviewInput,
        response: writeResponse,
      },
    },
    (request) => addReview(db, planAccessOf(request, db), request.params.id, request.body),
  );

  app.post(
    `${base}/goals`,
    {
      config: update,
      schema: {
        tags,
        summary: "Add a goal in a field of action",
        params: ZPlanPersonId,
        body: ZGoalInput,
        response: writeResponse,
      },
    },
    (request) => addGoal(db, planAccessOf(request, db), request.params.id, request.body),
  );

  app.patch(
    `${base}/goals/:goalId`,
    {
      config: update,
      schema: {
        tags,
        summary: "Change a goal: field of action, title, description, status",
        params: ZPlanGoalId,
        body: ZGoalPatch,
        response: writeResponse,
      },
    },
    (request) => updateGoal(db, planAccessOf(request, db), request.params.id, request.params.goalId, request.body),
  );

  app.post(
    `${base}/goals/:goalId/measures`,
    {
      config: update,
      schema: {
        tags,
        summary: "Add a measure to a goal: who is responsible, by when",
        params: ZPlanGoalId,
        body: ZMeasureInput,
        response: writeResponse,
      },
    },
    (request) => addMeasure(db, planAccessOf(request, db), request.params.id, request.params.goalId, request.body),
  );

  app.patch(
    `${base}/measures/:measureId`,
    {
      config: update,
      schema: {
        tags,
        summary: "Change a measure: title, responsible, due date, status",
        params: ZPlanMeasureId,
        body: ZMeasurePatch,
        response: writeResponse,
      },
    },
    (request) =>
      updateMeasure(db, planAccessOf(request, db), request.params.id, request.params.measureId, request.body),
  );

  app.get(
    "/api/integration-plan-responsibles",
    {
      config: update,
      schema: {
        tags,
        summary: "Whom a measure can be given to: providers, and caseworkers of the actor's organisations",
        response: { 200: ZPlanResponsibleOptions, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => listResponsibleOptions(db, requireActor(request)),
  );
};
