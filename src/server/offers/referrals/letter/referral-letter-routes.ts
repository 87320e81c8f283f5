import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZReferralId, ZReferralLetterQuery } from "../../../../common/offers/referral-schemas.js";
import { ZProblem } from "../../../../common/platform/problem.js";
import { sendPdf, ZPdf } from "../../../arrival/documents/document-routes.js";
import { requires } from "../../../platform/access/route-access.js";
import type { TDb } from "../../../platform/db/database.js";
import { referralAccessOf } from "../referral-access.js";
import { referralPolicy } from "../referral-policy.js";
import { loadReferralLetterData } from "./referral-letter-data.js";
import { renderReferralLetter } from "./render-referral-letter.js";

/** The referral letter, like the person's other documents: downloaded, never cached, its print audited. */
export const referralLetterRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/referrals/:referralId/letter",
    {
      config: { access: requires(referralPolicy, "read") },
      schema: {
        tags: ["referrals"],
        summary: "The referral letter (PDF) for the provider, in German and the person's language; caseworkers only",
        params: ZReferralId,
        querystring: ZReferralLetterQuery,
        response: { 200: ZPdf, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const access = referralAccessOf(request, db);
      const data = await loadReferralLetterData(db, access, request.params.referralId, request.query.language);
      return sendPdf(reply, await renderReferralLetter(data), data.language, "referral-letter");
    },
  );
};
