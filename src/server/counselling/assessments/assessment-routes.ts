import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import {
  ZAnswersSave,
  ZAssessment,
  ZAssessmentChanges,
  ZAssessmentComplete,
  ZAssessmentId,
  ZAssessmentList,
  ZAssessmentStart,
  ZAssessmentSummary,
  ZNeedsProfile,
} from "../../../common/counselling/assessment-schemas.js";
import { ZQuestionnaireDefinition } from "../../../common/counselling/questionnaire-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { personAccessOf } from "../../arrival/persons/person-access-of-request.js";
import { requireActor, requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { questionnaireOrThrow } from "../questionnaires/questionnaire-registry.js";
import { createAssessmentAccess } from "./assessment-access.js";
import { readAssessmentChanges } from "./assessment-changes.js";
import { assessmentPolicy } from "./assessment-policy.js";
import { readNeedsProfile } from "./needs-profile.js";

const tags = ["assessments"];
const ZQuestionnaireVersion = z.object({ key: z.string().max(60), version: z.coerce.number().int().positive() });

/** Needs assessments, their questionnaires and the needs profile: thin handlers over assessment-access. */
export const assessmentRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  const accessOf = (request: Parameters<typeof personAccessOf>[0]) =>
    createAssessmentAccess(db, personAccessOf(request, db), requireActor(request));

  app.get(
    "/api/questionnaires/:key/versions/:version",
    {
      config: { access: requires(assessmentPolicy, "read") },
      schema: {
        tags,
        summary: "One version of a questionnaire definition (sections, questions, conditions, texts)",
        params: ZQuestionnaireVersion,
        response: { 200: ZQuestionnaireDefinition, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => questionnaireOrThrow(request.params.key, request.params.version).definition,
  );

  app.get(
    "/api/persons/:id/assessments",
    {
      config: { access: requires(assessmentPolicy, "list") },
      schema: {
        tags,
        summary: "The person's needs assessments, newest first",
        params: ZPersonId,
        response: { 200: ZAssessmentList, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => accessOf(request).list(request.params.id),
  );

  app.post(
    "/api/persons/:id/assessments",
    {
      config: { access: requires(assessmentPolicy, "create") },
      schema: {
        tags,
        summary: "Start a first interview under the questionnaire's current version",
        params: ZPersonId,
        body: ZAssessmentStart,
        response: { 201: ZAssessmentSummary, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await accessOf(request).start(request.params.id, request.body.questionnaireKey)),
  );

  app.get(
    "/api/persons/:id/needs",
    {
      config: { access: requires(assessmentPolicy, "read") },
      schema: {
        tags,
        summary: "The person's needs profile: the open needs of the latest completed assessment",
        params: ZPersonId,
        response: { 200: ZNeedsProfile, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => readNeedsProfile(db, personAccessOf(request, db), request.params.id),
  );

  app.get(
    "/api/assessments/:assessmentId",
    {
      config: { access: requires(assessmentPolicy, "read") },
      schema: {
        tags,
        summary: "One assessment with its answers",
        params: ZAssessmentId,
        response: { 200: ZAssessment, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => accessOf(request).read(request.params.assessmentId),
  );

  app.put(
    "/api/assessments/:assessmentId/answers",
    {
      config: { access: requires(assessmentPolicy, "update") },
      schema: {
        tags,
        summary: "Save answers (null clears one) and the section to resume at; answers the change hides are dropped",
        params: ZAssessmentId,
        body: ZAnswersSave,
        response: { 200: ZAssessment, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    (request) => accessOf(request).saveAnswers(request.params.assessmentId, request.body),
  );

  app.post(
    "/api/assessments/:assessmentId/complete",
    {
      config: { access: requires(assessmentPolicy, "update") },
      schema: {
        tags,
        summary: "Complete the assessment: required answers checked, the needs profile derived",
        params: ZAssessmentId,
        body: ZAssessmentComplete,
        response: { 200: ZAssessment, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    (request) => accessOf(request).complete(request.params.assessmentId, request.body.version),
  );

  app.get(
    "/api/assessments/:assessmentId/changes",
    {
      config: { access: requires(assessmentPolicy, "read") },
      schema: {
        tags,
        summary: "What changed since the person's previous completed assessment: answers and needs",
        params: ZAssessmentId,
        response: { 200: ZAssessmentChanges, 401: ZProblem, 404: ZProblem, 409: ZProblem },
      },
    },
    (request) => readAssessmentChanges(db, personAccessOf(request, db), request.params.assessmentId),
  );
};
