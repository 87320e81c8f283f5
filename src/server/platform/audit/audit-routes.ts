import { Readable } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZAuditEventPage, ZAuditEventQuery, ZAuditExportQuery } from "../../../common/platform/audit-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requireActor, requires } from "../access/route-access.js";
import type { TDb } from "../db/database.js";
import { resolveRequestLanguage } from "../http/request-language.js";
import { auditEventPolicy } from "./audit-policy.js";
import { exportAuditEvents } from "./export-audit-events.js";
import { listAuditEvents } from "./list-audit-events.js";
import { auditContextOfRequest, recordAuditEvent } from "./record-audit-event.js";

const tags = ["audit trail"];
const problems = { 401: ZProblem, 403: ZProblem, 422: ZProblem };

/** The auditor's view of the audit trail: a filtered, paged list and the same as a CSV download. */
export const auditRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/audit-events",
    {
      config: { access: requires(auditEventPolicy, "list") },
      schema: {
        tags,
        summary: "Audit events, filtered and paged, newest first unless sort=oldest",
        querystring: ZAuditEventQuery,
        response: { 200: ZAuditEventPage, ...problems },
      },
    },
    (request) => listAuditEvents(db, requireActor(request), request.query),
  );

  app.get(
    "/api/audit-events/export.csv",
    {
      config: { access: requires(auditEventPolicy, "export") },
      schema: {
        tags,
        summary: "The filtered audit events as CSV (UTF-8 with BOM, formulas escaped); the export is audited",
        querystring: ZAuditExportQuery,
        response: { 200: z.string().meta({ description: "text/csv" }), ...problems },
      },
    },
    async (request, reply) => {
      const { sort, language, ...filters } = request.query;
      await recordAuditEvent(db, auditContextOfRequest(request), {
        action: "audit.export",
        detail: { filters, sort },
      });
      const date = new Date().toISOString().slice(0, 10);
      const stream = Readable.from(
        exportAuditEvents(db, {
          filters,
          sort,
          language: language ?? (resolveRequestLanguage(request) === "de" ? "de" : "en"),
        }),
      );
      return (
        reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="audit-events-${date}.csv"`)
          .header("cache-control", "no-store")
          // Fastify pipes a stream as it is, past the serializer; the schema above only documents the body.
          .send(stream as unknown as string)
      );
    },
  );
};
