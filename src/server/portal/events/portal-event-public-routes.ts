import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { offerTextLanguages } from "../../../common/offers/offer.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { ZPortalEventOccurrences } from "../../../common/portal/event-schemas.js";
import { publicAccess } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { buildEventsIcs } from "./portal-event-ics.js";
import { checkOccurrenceRange, listOccurrences } from "./portal-event-occurrences.js";
import { listPublishedEventsOf, readPublishedEvent } from "./public-portal-events.js";

const tags = ["portal"];
const ZLanguage = z.enum(offerTextLanguages);
const calendarType = "text/calendar; charset=utf-8";

/** Published events for everyone: one event or a unit's feed as iCalendar, and occurrences as JSON. */
export const portalEventPublicRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/portal/:lang/events/:file",
    {
      config: { access: publicAccess },
      schema: {
        tags,
        summary: "One published event as an iCalendar file ({id}.ics), texts in lang with German fallback",
        params: z.strictObject({ lang: ZLanguage, file: z.string().regex(/^[0-9a-f-]{36}\.ics$/) }),
      },
    },
    async (request, reply) => {
      const event = await readPublishedEvent(db, request.params.file.slice(0, 36));
      return reply.type(calendarType).send(buildEventsIcs([event], request.params.lang, "KommMit"));
    },
  );

  app.get(
    "/portal/:lang/:unitKey/events.ics",
    {
      config: { access: publicAccess },
      schema: {
        tags,
        summary: "Feed of a municipal unit's published events and the district-wide ones (iCalendar)",
        params: z.strictObject({ lang: ZLanguage, unitKey: z.string().regex(/^\d{8,12}$/) }),
      },
    },
    async (request, reply) => {
      const events = await listPublishedEventsOf(db, request.params.unitKey);
      return reply.type(calendarType).send(buildEventsIcs(events, request.params.lang, "KommMit"));
    },
  );

  app.get(
    "/api/public/events",
    {
      config: { access: publicAccess },
      schema: {
        tags,
        summary: "Occurrences of a unit's and the district's published events within at most a year",
        querystring: z.strictObject({
          unit: z.string().regex(/^\d{8,12}$/),
          from: z.iso.datetime({ offset: true }),
          to: z.iso.datetime({ offset: true }),
          lang: ZLanguage.default("de"),
        }),
        response: { 200: ZPortalEventOccurrences, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const range = checkOccurrenceRange(request.query.from, request.query.to);
      const events = await listPublishedEventsOf(db, request.query.unit);
      return { items: listOccurrences(events, range, request.query.lang) };
    },
  );
};
