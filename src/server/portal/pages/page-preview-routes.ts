import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblem } from "../../../common/platform/problem.js";
import { ZPageIdParams, ZPagePreviewQuery } from "../../../common/portal/page-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { portalPagePolicy } from "./page-policy.js";
import { renderPagePreview } from "./page-preview.js";
import { pageEditorOf } from "./page-reach.js";

/**
 * The preview is the editor's own draft in the portal's frame, shown in a sandboxed iframe of the
 * staff app: never cached, framed only by the app itself, no script, styles inline as on the portal.
 */
const previewPolicy = [
  "sandbox",
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'self'",
].join("; ");

export const pagePreviewRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/portal/pages/:id/preview",
    {
      config: { access: requires(portalPagePolicy, "read") },
      schema: {
        tags: ["portal"],
        summary:
          "The page (drafts too) as the portal shows it in a language, German with a notice where missing (HTML)",
        params: ZPageIdParams,
        querystring: ZPagePreviewQuery,
        response: {
          200: z.string().meta({ description: "text/html" }),
          401: ZProblem,
          404: ZProblem,
          409: ZProblem,
          422: ZProblem,
        },
      },
    },
    async (request, reply) => {
      const page = await renderPagePreview(
        db,
        pageEditorOf(request).reach("read"),
        request.params.id,
        request.query.language,
      );
      return reply
        .header("cache-control", "no-store")
        .header("content-security-policy", previewPolicy)
        .header("x-frame-options", "SAMEORIGIN")
        .header("content-language", request.query.language)
        .type("text/html; charset=utf-8")
        .send(page);
    },
  );
};
