import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ZArrivalImport,
  ZImportCommit,
  ZImportCommitResult,
  ZImportId,
  ZImportMappingChange,
  ZImportRows,
  ZImportRowsQuery,
  ZImportUploadQuery,
} from "../../../common/arrival/import-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requireActor, requires } from "../../platform/access/route-access.js";
import { csvByteOrderMark } from "../../platform/csv/csv-writer.js";
import type { TDb } from "../../platform/db/database.js";
import { resolveRequestLanguage } from "../../platform/http/request-language.js";
import { personAccessOf } from "../persons/person-access-of-request.js";
import { arrivalImportPolicy } from "./import-policy.js";
import { createImportService } from "./import-service.js";
import { arrivalFileLimits } from "./read-arrival-file.js";

const tags = ["arrival imports"];
const problems = { 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem };

/** The file arrives as it is (not in JSON); the largest list the reader accepts, plus a little. */
const uploadTypes = [
  "application/octet-stream",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
];
const uploadLimitBytes = arrivalFileLimits.maxBytes + 1024;

/** The file's bytes as the parser hands them over; a JSON body is refused (422) before the handler. */
const ZUploadedFile = z
  .custom<Buffer>((value) => Buffer.isBuffer(value), { message: "Expected the file itself (application/octet-stream)" })
  .meta({ type: "string", format: "binary" });

/** The import wizard's API (docs/arrival-import.md): thin handlers over import-service.ts. */
export const importRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  // Scoped to this plugin: everywhere else a body is JSON or 415.
  app.addContentTypeParser(uploadTypes, { parseAs: "buffer", bodyLimit: uploadLimitBytes }, (_request, body, done) =>
    done(null, body),
  );

  const serviceOf = (request: Parameters<typeof personAccessOf>[0]) =>
    createImportService({
      db,
      actor: requireActor(request),
      persons: personAccessOf(request, db),
      language: resolveRequestLanguage(request),
    });

  app.post(
    "/api/arrival-imports",
    {
      bodyLimit: uploadLimitBytes,
      config: { access: requires(arrivalImportPolicy, "create") },
      schema: {
        tags,
        summary: "Upload an arrival list (CSV or XLSX as raw bytes); every row is validated with the suggested mapping",
        querystring: ZImportUploadQuery,
        body: ZUploadedFile,
        consumes: uploadTypes,
        response: { 201: ZArrivalImport, 413: ZProblem, 415: ZProblem, ...problems },
      },
    },
    async (request, reply) => {
      const created = await serviceOf(request).upload(new Uint8Array(request.body), request.query.fileName);
      return reply.code(201).header("location", `/api/arrival-imports/${created.id}`).send(created);
    },
  );

  app.get(
    "/api/arrival-imports/:id",
    {
      config: { access: requires(arrivalImportPolicy, "read") },
      schema: {
        tags,
        summary: "One of the actor's imports",
        params: ZImportId,
        response: { 200: ZArrivalImport, ...problems },
      },
    },
    (request) => serviceOf(request).find(request.params.id),
  );

  app.put(
    "/api/arrival-imports/:id/mapping",
    {
      config: { access: requires(arrivalImportPolicy, "create") },
      schema: {
        tags,
        summary: "Change the column mapping; every row is validated again",
        params: ZImportId,
        body: ZImportMappingChange,
        response: { 200: ZArrivalImport, ...problems },
      },
    },
    (request) => serviceOf(request).changeMapping(request.params.id, request.body.mapping),
  );

  app.get(
    "/api/arrival-imports/:id/rows",
    {
      config: { access: requires(arrivalImportPolicy, "read") },
      schema: {
        tags,
        summary: "The validated rows, paged, optionally of one status, with reasons and duplicate candidates",
        params: ZImportId,
        querystring: ZImportRowsQuery,
        response: { 200: ZImportRows, ...problems },
      },
    },
    (request) => serviceOf(request).listRows(request.params.id, request.query),
  );

  app.get(
    "/api/arrival-imports/:id/error-report.csv",
    {
      config: { access: requires(arrivalImportPolicy, "read") },
      schema: {
        tags,
        summary:
          "The rows a commit leaves out, with their reasons in German (CSV, UTF-8 with BOM, formulas neutralised)",
        params: ZImportId,
        response: { 200: z.string().meta({ description: "text/csv" }), ...problems },
      },
    },
    async (request, reply) => {
      const report = await serviceOf(request).errorReport(request.params.id);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(report.fileName)}`)
        .header("cache-control", "no-store")
        .send(csvByteOrderMark + report.csv);
    },
  );

  app.post(
    "/api/arrival-imports/:id/commit",
    {
      config: { access: requires(arrivalImportPolicy, "commit") },
      schema: {
        tags,
        summary: "Create the importable rows' persons, all or nothing, in one transaction; audited",
        params: ZImportId,
        body: ZImportCommit,
        response: { 200: ZImportCommitResult, ...problems },
      },
    },
    (request) => serviceOf(request).commit(request.params.id, request.body.includeLikelyDuplicates),
  );

  app.delete(
    "/api/arrival-imports/:id",
    {
      config: { access: requires(arrivalImportPolicy, "discard") },
      schema: {
        tags,
        summary: "Discard an import and its staged rows",
        params: ZImportId,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await serviceOf(request).discard(request.params.id);
      return reply.code(204).send(null);
    },
  );
};
