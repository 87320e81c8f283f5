import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblem } from "../../../common/platform/problem.js";
import { ZPageFeedbackForm, ZPageFeedbackSummary } from "../../../common/portal/page-feedback-schemas.js";
import { ZPageIdParams } from "../../../common/portal/page-schemas.js";
import { isContentLanguage } from "../../../common/portal/portal-content.js";
import { publicAccess, requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { perClientRateLimit } from "../../platform/http/client-network.js";
import { portalPagePolicy } from "../pages/page-policy.js";
import { pageEditorOf } from "../pages/page-reach.js";
import { readPage } from "../pages/page-records.js";
import { pagePath, renderNotFound } from "../public/content-pages.js";
import { sendHtml } from "../public/portal-html-reply.js";
import { findShownPage } from "../public/published-pages.js";
import { recordPageFeedback, summarisePageFeedback } from "./page-feedback.js";

/** A reader answers a few pages; a script filling the counts is stopped (per client network, never stored). */
export const feedbackPerMinute = 10;

const ZFeedbackParams = z.object({
  lang: z.string(),
  unit: z.string().regex(/^\d{8,9}$/),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
});

/**
 * "Was this page helpful?": the portal's form posts here without JavaScript and is sent back to the
 * page with a thank-you (303); editors read the counts of their own administration's pages.
 */
export const feedbackRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  await app.register(fastifyRateLimit, perClientRateLimit);
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.post(
    "/portal/:lang/:unit/:slug/feedback",
    {
      config: { access: publicAccess, rateLimit: { max: feedbackPerMinute, timeWindow: "1 minute" } },
      schema: { hide: true, params: ZFeedbackParams, body: ZPageFeedbackForm },
    },
    async (request, reply) => {
      const { lang, unit, slug } = request.params;
      const language = isContentLanguage(lang) ? lang : "de";
      const page = isContentLanguage(lang) ? await findShownPage(db, unit, slug, lang) : undefined;
      if (page === undefined) return sendHtml(reply, 404, renderNotFound(language), language);
      await recordPageFeedback(db, { pageId: page.id, language, helpful: request.body.helpful === "yes" });
      return reply
        .code(303)
        .header("cache-control", "no-store")
        .header("location", `${pagePath(language, unit, slug)}?feedback=thanks`)
        .send();
    },
  );

  app.get(
    "/api/portal/pages/:id/feedback",
    {
      config: { access: requires(portalPagePolicy, "read") },
      schema: {
        tags: ["portal"],
        summary: 'What readers answered to "was this page helpful?", in total and per language',
        params: ZPageIdParams,
        response: { 200: ZPageFeedbackSummary, 401: ZProblem, 404: ZProblem },
      },
    },
    async (request) => {
      await readPage(db, pageEditorOf(request).reach("read"), request.params.id);
      return summarisePageFeedback(db, request.params.id);
    },
  );
};
