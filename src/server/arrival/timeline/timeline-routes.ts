import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import { ZTimeline, ZTimelineQuery } from "../../../common/arrival/timeline-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { personAccessOf } from "../persons/person-access-of-request.js";
import { personPolicy } from "../persons/person-policy.js";
import { createTimelineAccess } from "./person-timeline.js";

/** The person file's timeline, through the person data access layer. */
export const timelineRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/persons/:id/timeline",
    {
      config: { access: requires(personPolicy, "read") },
      schema: {
        tags: ["persons"],
        summary: "What happened to the person, newest first, paged; the read is audited",
        params: ZPersonId,
        querystring: ZTimelineQuery,
        response: { 200: ZTimeline, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => createTimelineAccess(db, personAccessOf(request, db)).read(request.params.id, request.query),
  );
};
