import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import {
  ZCase,
  ZCaseAssignment,
  ZCaseOpening,
  ZCaseStatusChange,
  ZDesk,
  ZPersonCase,
} from "../../../common/counselling/case-schemas.js";
import { ZCaseNote, ZCaseNoteInput } from "../../../common/counselling/note-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { createCaseAccess } from "./case-access.js";
import { caseContextOf } from "./case-context.js";
import { listDesks } from "./case-desks.js";
import { createCaseNoteAccess } from "./case-notes.js";
import { caseNotePolicy, casePolicy } from "./case-policy.js";

const tags = ["counselling"];
const problems = { 401: ZProblem, 404: ZProblem };
const changeProblems = { ...problems, 409: ZProblem, 422: ZProblem };

/** A person's case and its notes, always through the person data access layer (scope in SQL, audit). */
export const caseRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  const cases = (request: Parameters<typeof caseContextOf>[0]) => createCaseAccess(caseContextOf(request, db));
  const notes = (request: Parameters<typeof caseContextOf>[0]) => createCaseNoteAccess(caseContextOf(request, db));

  app.get(
    "/api/counselling/desks",
    {
      config: { access: requires(casePolicy, "read") },
      schema: {
        tags,
        summary: "Organisations that can hold a case, with the users working cases there",
        response: { 200: z.array(ZDesk), ...problems },
      },
    },
    () => listDesks(db),
  );

  app.get(
    "/api/persons/:id/case",
    {
      config: { access: requires(casePolicy, "read") },
      schema: {
        tags,
        summary: "The person's case (the one not closed, else the latest) with its status history; audited",
        params: ZPersonId,
        response: { 200: ZPersonCase, ...problems },
      },
    },
    (request) => cases(request).read(request.params.id),
  );

  app.post(
    "/api/persons/:id/case",
    {
      config: { access: requires(casePolicy, "open") },
      schema: {
        tags,
        summary: "Open a case for the person at one of the actor's desks; at most one is not closed",
        params: ZPersonId,
        body: ZCaseOpening,
        response: { 201: ZCase, ...changeProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await cases(request).open(request.params.id, request.body)),
  );

  app.post(
    "/api/persons/:id/case/status",
    {
      config: { access: requires(casePolicy, "change_status") },
      schema: {
        tags,
        summary: "Change the case's status as the allowed transitions say; closing names a reason",
        params: ZPersonId,
        body: ZCaseStatusChange,
        response: { 200: ZCase, ...changeProblems },
      },
    },
    (request) => cases(request).changeStatus(request.params.id, request.body),
  );

  app.put(
    "/api/persons/:id/case/assignee",
    {
      config: { access: requires(casePolicy, "assign") },
      schema: {
        tags,
        summary: "Assign the case to a user working cases at its desk, or to nobody",
        params: ZPersonId,
        body: ZCaseAssignment,
        response: { 200: ZCase, ...changeProblems },
      },
    },
    (request) => cases(request).assign(request.params.id, request.body),
  );

  app.get(
    "/api/persons/:id/case/notes",
    {
      config: { access: requires(caseNotePolicy, "list") },
      schema: {
        tags,
        summary: "The case notes the actor may read, newest first (confidential ones only to their author); audited",
        params: ZPersonId,
        response: { 200: z.array(ZCaseNote), ...problems },
      },
    },
    (request) => notes(request).list(request.params.id),
  );

  app.post(
    "/api/persons/:id/case/notes",
    {
      config: { access: requires(caseNotePolicy, "create") },
      schema: {
        tags,
        summary: "Add a note to the person's open case (append-only; a correction is a new note)",
        params: ZPersonId,
        body: ZCaseNoteInput,
        response: { 201: ZCaseNote, ...changeProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await notes(request).create(request.params.id, request.body)),
  );
};
