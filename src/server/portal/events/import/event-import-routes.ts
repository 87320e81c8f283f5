import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblem } from "../../../../common/platform/problem.js";
import {
  maxCalendarBytes,
  ZEventImportQuery,
  ZEventImportResult,
  ZEventImportUrl,
} from "../../../../common/portal/event-import-schemas.js";
import { requires } from "../../../platform/access/route-access.js";
import type { TDb } from "../../../platform/db/database.js";
import { resolveRequestLanguage } from "../../../platform/http/request-language.js";
import { portalEventCallerOf } from "../portal-event-caller.js";
import { portalEventPolicy } from "../portal-event-policy.js";
import { importPortalEvents } from "./import-portal-events.js";

/** The calendar arrives as it is (not in JSON); the largest the import reads, plus a little. */
const uploadTypes = ["text/calendar", "application/octet-stream"];
const uploadLimitBytes = maxCalendarBytes + 1024;

const ZUploadedCalendar = z
  .custom<Buffer>((value) => Buffer.isBuffer(value), { message: "Expected the calendar file itself (text/calendar)" })
  .meta({ type: "string", format: "binary" });

/** The events' iCalendar import (docs/portal-events.md): a URL as JSON, or the .ics file itself. */
export const portalEventImportRoutes: FastifyPluginAsyncZod<{ db: TDb; allowPrivateHosts: boolean }> = async (
  app,
  { db, allowPrivateHosts },
) => {
  // Scoped to this plugin: everywhere else a body is JSON or 415.
  app.addContentTypeParser(uploadTypes, { parseAs: "buffer", bodyLimit: uploadLimitBytes }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    "/api/portal/events/import",
    {
      bodyLimit: uploadLimitBytes,
      config: { access: requires(portalEventPolicy, "import") },
      schema: {
        tags: ["portal"],
        summary:
          "Import events from an iCalendar URL (JSON { url }) or file (text/calendar); new UIDs become drafts, dryRun writes nothing",
        querystring: ZEventImportQuery,
        body: z.union([ZUploadedCalendar, ZEventImportUrl]),
        consumes: ["application/json", ...uploadTypes],
        response: {
          200: ZEventImportResult,
          401: ZProblem,
          403: ZProblem,
          409: ZProblem,
          413: ZProblem,
          415: ZProblem,
          422: ZProblem,
        },
      },
    },
    (request) =>
      importPortalEvents(
        db,
        portalEventCallerOf(request),
        {
          owner: request.query.owner,
          dryRun: request.query.dryRun,
          language: resolveRequestLanguage(request) === "de" ? "de" : "en",
          source: Buffer.isBuffer(request.body)
            ? { kind: "file", bytes: request.body }
            : { kind: "url", url: request.body.url },
        },
        { allowPrivateHosts },
      ),
  );
};
