import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZOccurrenceRange,
  ZPortalEvent,
  ZPortalEventContent,
  ZPortalEventIdParams,
  ZPortalEventOccurrences,
  ZPortalEventPage,
  ZPortalEventQuery,
  ZPortalEventUpdate,
  ZPortalEventVersion,
  ZPortalEventVersionQuery,
} from "../../../common/portal/event-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { listPortalEvents } from "./list-portal-events.js";
import { buildEventReach, portalEventCallerOf } from "./portal-event-caller.js";
import { deletePortalEvent, setPortalEventStatus } from "./portal-event-lifecycle.js";
import { checkOccurrenceRange, listOccurrences } from "./portal-event-occurrences.js";
import { portalEventPolicy } from "./portal-event-policy.js";
import { readPortalEvent } from "./portal-event-records.js";
import { createPortalEvent, updatePortalEvent } from "./save-portal-event.js";

const tags = ["portal"];
const changeResponses = {
  200: ZPortalEvent,
  401: ZProblem,
  403: ZProblem,
  404: ZProblem,
  409: ZProblem,
  422: ZProblem,
};

/** Content editors' events: list, create, edit at a version, publish, unpublish, delete drafts, occurrences. */
export const portalEventRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/portal/events",
    {
      config: { access: requires(portalEventPolicy, "list") },
      schema: {
        tags,
        summary: "Events within the editor's reach, by owner (unit key or district), status and dates",
        querystring: ZPortalEventQuery,
        response: { 200: ZPortalEventPage, 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    (request) => listPortalEvents(db, portalEventCallerOf(request), request.query),
  );

  app.post(
    "/api/portal/events",
    {
      config: { access: requires(portalEventPolicy, "create") },
      schema: {
        tags,
        summary: "Create an event as a draft of a municipal unit or the district (descriptions are sanitised)",
        body: ZPortalEventContent,
        response: { 201: ZPortalEvent, 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPortalEvent(db, portalEventCallerOf(request), request.body)),
  );

  app.get(
    "/api/portal/events/:id",
    {
      config: { access: requires(portalEventPolicy, "read") },
      schema: {
        tags,
        summary: "One event",
        params: ZPortalEventIdParams,
        response: { 200: ZPortalEvent, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    (request) => readPortalEvent(db, request.params.id, buildEventReach(portalEventCallerOf(request), "read")),
  );

  app.put(
    "/api/portal/events/:id",
    {
      config: { access: requires(portalEventPolicy, "update") },
      schema: {
        tags,
        summary: "Save an event at the version read (409 when changed meanwhile)",
        params: ZPortalEventIdParams,
        body: ZPortalEventUpdate,
        response: changeResponses,
      },
    },
    (request) => updatePortalEvent(db, portalEventCallerOf(request), request.params.id, request.body),
  );

  for (const [path, status] of [
    ["publish", "published"],
    ["unpublish", "draft"],
  ] as const) {
    app.post(
      `/api/portal/events/:id/${path}`,
      {
        config: { access: requires(portalEventPolicy, "publish") },
        schema: {
          tags,
          summary: `${path === "publish" ? "Publish" : "Unpublish"} an event at the version read`,
          params: ZPortalEventIdParams,
          body: ZPortalEventVersion,
          response: changeResponses,
        },
      },
      (request) =>
        setPortalEventStatus(db, portalEventCallerOf(request), request.params.id, request.body.version, status),
    );
  }

  app.delete(
    "/api/portal/events/:id",
    {
      config: { access: requires(portalEventPolicy, "delete") },
      schema: {
        tags,
        summary: "Delete a draft at the version read",
        params: ZPortalEventIdParams,
        querystring: ZPortalEventVersionQuery,
        response: { 204: z.null(), 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => {
      await deletePortalEvent(db, portalEventCallerOf(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/portal/events/:id/occurrences",
    {
      config: { access: requires(portalEventPolicy, "read") },
      schema: {
        tags,
        summary: "The event's dates within a range of at most a year (at most 500)",
        params: ZPortalEventIdParams,
        querystring: ZOccurrenceRange,
        response: { 200: ZPortalEventOccurrences, 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const range = checkOccurrenceRange(request.query.from, request.query.to);
      const event = await readPortalEvent(db, request.params.id, buildEventReach(portalEventCallerOf(request), "read"));
      return { items: listOccurrences([event], range, "de") };
    },
  );
};
