import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZPlanDocumentQuery, ZPlanPersonId } from "../../../common/counselling/plan-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { sendPdf, ZPdf } from "../../arrival/documents/document-routes.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { planAccessOf } from "./plan-access-of-request.js";
import { loadPlanDocumentData } from "./plan-document-data.js";
import { integrationPlanPolicy } from "./plan-policy.js";
import { renderPlanDocument } from "./render-plan-document.js";

/** The printable plan, like the person's other documents: downloaded, never cached, its read audited. */
export const planDocumentRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/persons/:id/integration-plan/document",
    {
      config: { access: requires(integrationPlanPolicy, "read") },
      schema: {
        tags: ["integration plans"],
        summary: "The integration plan (PDF) in German or the person's language, with lines to sign; audited as a read",
        params: ZPlanPersonId,
        querystring: ZPlanDocumentQuery,
        response: { 200: ZPdf, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const data = await loadPlanDocumentData(db, planAccessOf(request, db), request.params.id, request.query.language);
      return sendPdf(reply, await renderPlanDocument(data), data.language, "integration-plan");
    },
  );
};
