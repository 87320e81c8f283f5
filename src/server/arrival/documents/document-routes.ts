import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZDocumentQuery } from "../../../common/arrival/document-schemas.js";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { personAccessOf } from "../persons/person-access-of-request.js";
import { personPolicy } from "../persons/person-policy.js";
import { loadConsentFormData } from "./consent-form-data.js";
import { renderConsentForm } from "./render-consent-form.js";
import { renderWelcomeLetter } from "./render-welcome-letter.js";
import { loadWelcomeLetterData } from "./welcome-letter-data.js";

const tags = ["persons"];
/** The PDF's bytes: Fastify sends a Buffer as it is, without serialising it. */
export const ZPdf = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ description: "application/pdf", type: "string", format: "binary" });
const problems = { 401: ZProblem, 404: ZProblem, 422: ZProblem };

/** A person's document: downloaded, never cached (it holds personal data). */
export function sendPdf(reply: FastifyReply, pdf: Buffer, language: string, fileStem: string) {
  return reply
    .header("content-type", "application/pdf")
    .header("content-language", language)
    .header("content-disposition", `attachment; filename="${fileStem}-${language}.pdf"`)
    .header("cache-control", "no-store")
    .send(pdf);
}

/** Documents for a person, printed in their language; each is a read of the record, scoped and audited. */
export const documentRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/persons/:id/welcome-letter",
    {
      config: { access: requires(personPolicy, "read") },
      schema: {
        tags,
        summary: "Welcome letter (PDF) with the municipality's contact points and first steps; audited as a read",
        params: ZPersonId,
        querystring: ZDocumentQuery,
        response: { 200: ZPdf, ...problems },
      },
    },
    async (request, reply) => {
      const data = await loadWelcomeLetterData(
        db,
        personAccessOf(request, db),
        request.params.id,
        request.query.language,
      );
      const pdf = await renderWelcomeLetter(data);
      return sendPdf(reply, pdf, data.language, "welcome-letter");
    },
  );

  app.get(
    "/api/persons/:id/consent-form",
    {
      config: { access: requires(personPolicy, "read") },
      schema: {
        tags,
        summary: "Printable consent form (PDF): the privacy notice, one yes/no box per purpose, signature lines",
        params: ZPersonId,
        querystring: ZDocumentQuery,
        response: { 200: ZPdf, ...problems },
      },
    },
    async (request, reply) => {
      const data = await loadConsentFormData(
        db,
        personAccessOf(request, db),
        request.params.id,
        request.query.language,
      );
      const pdf = await renderConsentForm(data);
      return sendPdf(reply, pdf, data.language, "consent-form");
    },
  );
};
