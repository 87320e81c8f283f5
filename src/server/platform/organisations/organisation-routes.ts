import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ZIdParams,
  ZOrganisation,
  ZOrganisationCreate,
  ZOrganisationPage,
  ZOrganisationQuery,
  ZOrganisationUpdate,
} from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { requireActor, requires } from "../access/route-access.js";
import { auditContextOfRequest } from "../audit/record-audit-event.js";
import type { TDb } from "../db/database.js";
import { resolveRequestLanguage } from "../http/request-language.js";
import { createOrganisation } from "./create-organisation.js";
import { findOrganisation } from "./find-organisation.js";
import { listOrganisations } from "./list-organisations.js";
import { organisationPolicy } from "./organisation-policy.js";
import { updateOrganisation } from "./update-organisation.js";

const tags = ["organisations"];
const problems = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem };

/** The district, its municipal administrations and the providers. */
export const organisationRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/organisations",
    {
      config: { access: requires(organisationPolicy, "list") },
      schema: {
        tags,
        summary: "Organisations the actor may see: search by name, filter by kind, sorted, one page",
        querystring: ZOrganisationQuery,
        response: { 200: ZOrganisationPage, ...problems },
      },
    },
    (request) => listOrganisations(db, requireActor(request), request.query),
  );

  app.post(
    "/api/organisations",
    {
      config: { access: requires(organisationPolicy, "create") },
      schema: {
        tags,
        summary: "Create an organisation (district, municipal unit or provider)",
        body: ZOrganisationCreate,
        response: { 201: ZOrganisation, ...problems },
      },
    },
    async (request, reply) => {
      const organisation = await createOrganisation(
        db,
        requireActor(request),
        auditContextOfRequest(request),
        request.body,
        resolveRequestLanguage(request),
      );
      return reply.code(201).send(organisation);
    },
  );

  app.get(
    "/api/organisations/:id",
    {
      config: { access: requires(organisationPolicy, "read") },
      schema: { tags, summary: "One organisation", params: ZIdParams, response: { 200: ZOrganisation, ...problems } },
    },
    (request) => findOrganisation(db, requireActor(request), request.params.id, "read"),
  );

  app.patch(
    "/api/organisations/:id",
    {
      config: { access: requires(organisationPolicy, "update") },
      schema: {
        tags,
        summary: "Change an organisation's name or the fields of its kind",
        params: ZIdParams,
        body: ZOrganisationUpdate,
        response: { 200: ZOrganisation, ...problems },
      },
    },
    (request) =>
      updateOrganisation(
        db,
        requireActor(request),
        auditContextOfRequest(request),
        request.params.id,
        request.body,
        resolveRequestLanguage(request),
      ),
  );
};
