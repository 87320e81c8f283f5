import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ZOrganisationContact,
  ZOrganisationContactInput,
} from "../../../../common/platform/organisation-contact-schemas.js";
import { ZIdParams } from "../../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../../common/platform/problem.js";
import { requireActor, requires } from "../../access/route-access.js";
import { auditContextOfRequest } from "../../audit/record-audit-event.js";
import type { TDb } from "../../db/database.js";
import { resolveRequestLanguage } from "../../http/request-language.js";
import { findOrganisation } from "../find-organisation.js";
import { organisationPolicy } from "../organisation-policy.js";
import { findOrganisationContact } from "./find-organisation-contact.js";
import { saveOrganisationContact } from "./save-organisation-contact.js";

const tags = ["organisations"];
const problems = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem };

/** The contact points of the district and the municipal units (printed in welcome letters). */
export const organisationContactRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/organisations/:id/contact",
    {
      config: { access: requires(organisationPolicy, "read") },
      schema: {
        tags,
        summary: "The organisation's contact point for newcomers (empty fields when none was entered)",
        params: ZIdParams,
        response: { 200: ZOrganisationContact, ...problems },
      },
    },
    async (request) => {
      await findOrganisation(db, requireActor(request), request.params.id, "read");
      return findOrganisationContact(db, request.params.id);
    },
  );

  app.put(
    "/api/organisations/:id/contact",
    {
      config: { access: requires(organisationPolicy, "update") },
      schema: {
        tags,
        summary: "Replace the contact point of the district or a municipal unit; audited with the fields changed",
        params: ZIdParams,
        body: ZOrganisationContactInput,
        response: { 200: ZOrganisationContact, ...problems },
      },
    },
    (request) =>
      saveOrganisationContact(
        db,
        requireActor(request),
        auditContextOfRequest(request),
        request.params.id,
        request.body,
        resolveRequestLanguage(request),
      ),
  );
};
