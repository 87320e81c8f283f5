import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { ZConceptImportQuery } from "../../../common/steering/concept-schemas.js";
import { ZConceptImportSummary } from "../../../common/steering/concept-view-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { addCountedUploadParser } from "../../platform/http/counted-upload-parser.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { resolveRequestLanguage } from "../../platform/http/request-language.js";
import { conceptCallerOf } from "./concept-caller.js";
import { conceptProblems as problems, conceptTags as tags } from "./concept-period-routes.js";
import { conceptPolicy } from "./concept-policy.js";
import { exportPeriodWorkbook } from "./concept-xlsx-export.js";
import { importPeriodWorkbook } from "./concept-xlsx-import.js";
import { conceptWorkbookLimits } from "./concept-xlsx-read.js";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const uploadTypes = [xlsxType, "application/octet-stream"];

const ZUploadedWorkbook = z
  .custom<Buffer>((value) => Buffer.isBuffer(value), { message: "Expected the workbook itself (.xlsx)" })
  .meta({ type: "string", format: "binary" });

function tooLarge(request: FastifyRequest): HttpProblem {
  const megabytes = conceptWorkbookLimits.maxBytes / (1024 * 1024);
  const detail =
    resolveRequestLanguage(request) === "de"
      ? `Eine Arbeitsmappe darf höchstens ${megabytes} MB groß sein.`
      : `A workbook may be at most ${megabytes} MB.`;
  return new HttpProblem(413, "conceptImportTooLarge", { detail });
}

/** A concept period as an .xlsx workbook and back (docs/steering.md, "Import and export"). */
export const conceptXlsxRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  // Scoped to this plugin: everywhere else a body is JSON or 415.
  addCountedUploadParser(app, {
    contentTypes: uploadTypes,
    maxBytes: conceptWorkbookLimits.maxBytes,
    tooLarge,
  });

  app.get(
    "/api/steering/concept-periods/:id/export.xlsx",
    {
      config: { access: requires(conceptPolicy, "read") },
      schema: {
        tags,
        summary: "The period as an .xlsx workbook: sheets Handlungsfelder, Teilziele, Maßnahmen",
        params: ZIdParams,
        produces: [xlsxType],
        response: { 200: z.string().meta({ description: xlsxType, format: "binary" }), ...problems },
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await exportPeriodWorkbook(db, conceptCallerOf(request), request.params.id);
      return (
        reply
          .header("content-type", xlsxType)
          .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
          .header("cache-control", "no-store")
          // Fastify sends a Buffer as it is, past the serializer; the schema above only documents the body.
          .send(bytes as unknown as string)
      );
    },
  );

  app.post(
    "/api/steering/concept-periods/:id/import",
    {
      config: { access: requires(conceptPolicy, "update") },
      schema: {
        tags,
        summary:
          "Import a workbook in the export's layout: all rows checked, nothing written if one is bad (422 listing each); dryRun writes nothing",
        params: ZIdParams,
        querystring: ZConceptImportQuery,
        body: ZUploadedWorkbook,
        consumes: uploadTypes,
        response: { 200: ZConceptImportSummary, 409: ZProblem, 413: ZProblem, 415: ZProblem, ...problems },
      },
    },
    (request) =>
      importPeriodWorkbook(db, conceptCallerOf(request), request.params.id, new Uint8Array(request.body), {
        dryRun: request.query.dryRun,
        language: resolveRequestLanguage(request),
      }),
  );
};
