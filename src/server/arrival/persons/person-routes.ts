import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZDuplicateCandidates, ZDuplicateQuery } from "../../../common/arrival/duplicate-schemas.js";
import { ZHousehold, ZHouseholdChange } from "../../../common/arrival/household-schemas.js";
import {
  ZPersonMergeEntry,
  ZPersonMergeId,
  ZPersonMergeRequest,
  ZPersonMergeResult,
  ZPersonMergeUndo,
} from "../../../common/arrival/merge-schemas.js";
import { ZPersonMove, ZPersonMoveEntry, ZResidenceHistory } from "../../../common/arrival/move-schemas.js";
import { ZPersonInput, ZPersonPatch } from "../../../common/arrival/person-input-schemas.js";
import {
  ZPerson,
  ZPersonId,
  ZPersonList,
  ZPersonListQuery,
  ZPersonReadQuery,
} from "../../../common/arrival/person-schemas.js";
import { ZFirstContactWorklist, ZFirstContactWorklistQuery } from "../../../common/arrival/worklist-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { personAccessOf } from "./person-access-of-request.js";
import { createHouseholdAccess } from "./person-household.js";
import { createMergeAccess } from "./person-merge.js";
import { createMovesAccess } from "./person-moves.js";
import { personPolicy } from "./person-policy.js";
import { listFirstContactWorklist } from "./person-worklist.js";

const tags = ["persons"];

/** Person records, always through the person data access layer (scope in SQL, audit, allowed actions). */
export const personRoutes: FastifyPluginAsyncZod<{ db: TDb; firstContactTargetDays: number }> = async (
  app,
  { db, firstContactTargetDays },
) => {
  app.get(
    "/api/persons",
    {
      config: { access: requires(personPolicy, "list") },
      schema: {
        tags,
        summary: "Persons the actor may see, searched, sorted and paged",
        querystring: ZPersonListQuery,
        response: { 200: ZPersonList, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => personAccessOf(request, db).list(request.query),
  );

  app.post(
    "/api/persons",
    {
      config: { access: requires(personPolicy, "create") },
      schema: {
        tags,
        summary: "Register a person in a municipality of the actor's area; the registration is audited",
        body: ZPersonInput,
        response: { 201: ZPerson, 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const person = await personAccessOf(request, db).create(request.body);
      return reply.code(201).header("location", `/api/persons/${person.id}`).send(person);
    },
  );

  app.get(
    "/api/persons/first-contact-worklist",
    {
      config: { access: requires(personPolicy, "list") },
      schema: {
        tags,
        summary: "Newcomers still waiting for a first contact, longest wait first, against the target in days",
        querystring: ZFirstContactWorklistQuery,
        response: { 200: ZFirstContactWorklist, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => listFirstContactWorklist(db, personAccessOf(request, db), request.query, firstContactTargetDays),
  );

  app.get(
    "/api/persons/duplicate-candidates",
    {
      config: { access: requires(personPolicy, "list") },
      schema: {
        tags,
        summary: "Likely existing records of a name (search before create), scored with reasons",
        querystring: ZDuplicateQuery,
        response: { 200: ZDuplicateCandidates, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    (request) => personAccessOf(request, db).duplicateCandidates(request.query),
  );

  app.get(
    "/api/persons/:id",
    {
      config: { access: requires(personPolicy, "read") },
      schema: {
        tags,
        summary: "One person's core record; the read is audited with its purpose",
        params: ZPersonId,
        querystring: ZPersonReadQuery,
        response: { 200: ZPerson, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => personAccessOf(request, db).read(request.params.id, request.query.purpose),
  );

  app.get(
    "/api/persons/:id/household",
    {
      config: { access: requires(personPolicy, "read") },
      schema: {
        tags,
        summary: "The person's household: the members the actor may see, with age and age group",
        params: ZPersonId,
        response: { 200: ZHousehold, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => createHouseholdAccess(db, personAccessOf(request, db)).read(request.params.id),
  );

  app.put(
    "/api/persons/:id/household",
    {
      config: { access: requires(personPolicy, "update") },
      schema: {
        tags,
        summary: "Join another person's household (founding one if needed) or leave it",
        params: ZPersonId,
        body: ZHouseholdChange,
        response: { 200: ZHousehold, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    (request) => createHouseholdAccess(db, personAccessOf(request, db)).change(request.params.id, request.body),
  );

  app.get(
    "/api/persons/:id/moves",
    {
      config: { access: requires(personPolicy, "read") },
      schema: {
        tags,
        summary: "Where the person lived when, and every move with its handover note",
        params: ZPersonId,
        response: { 200: ZResidenceHistory, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => createMovesAccess(db, personAccessOf(request, db)).history(request.params.id),
  );

  app.post(
    "/api/persons/:id/moves",
    {
      config: { access: requires(personPolicy, "update") },
      schema: {
        tags,
        summary: "Record a move: within the district a handover with a note, out of it the end of the registration",
        params: ZPersonId,
        body: ZPersonMove,
        response: { 201: ZPersonMoveEntry, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createMovesAccess(db, personAccessOf(request, db)).move(request.params.id, request.body)),
  );

  app.get(
    "/api/persons/:id/merges",
    {
      config: { access: requires(personPolicy, "read") },
      schema: {
        tags,
        summary: "The merges this record took part in, and whether each can still be undone",
        params: ZPersonId,
        response: { 200: z.array(ZPersonMergeEntry), 401: ZProblem, 404: ZProblem },
      },
    },
    (request) =>
      createMergeAccess(db, personAccessOf(request, db), request.server.personMergeParts).list(request.params.id),
  );

  app.post(
    "/api/persons/:id/merges",
    {
      config: { access: requires(personPolicy, "update") },
      schema: {
        tags,
        summary: "Merge another record of the same person into this one (kept, marked merged; undoable)",
        params: ZPersonId,
        body: ZPersonMergeRequest,
        response: { 201: ZPersonMergeResult, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createMergeAccess(db, personAccessOf(request, db), request.server.personMergeParts).merge(
            request.params.id,
            request.body.otherId,
            request.body.purpose,
          ),
        ),
  );

  app.post(
    "/api/persons/:id/merges/:mergeId/undo",
    {
      config: { access: requires(personPolicy, "update") },
      schema: {
        tags,
        summary: "Undo a merge while the surviving record is unchanged since",
        params: ZPersonMergeId,
        body: ZPersonMergeUndo,
        response: { 200: ZPerson, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    (request) =>
      createMergeAccess(db, personAccessOf(request, db), request.server.personMergeParts).undo(
        request.params.id,
        request.params.mergeId,
        request.body.purpose,
      ),
  );

  app.patch(
    "/api/persons/:id",
    {
      config: { access: requires(personPolicy, "update") },
      schema: {
        tags,
        summary: "Correct a person's core data; the change is audited with the fields changed",
        params: ZPersonId,
        body: ZPersonPatch,
        response: { 200: ZPerson, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    (request) => personAccessOf(request, db).update(request.params.id, request.body),
  );
};
