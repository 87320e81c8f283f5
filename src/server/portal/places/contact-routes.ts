import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZPortalContact,
  ZPortalContactInput,
  ZPortalContactListQuery,
  ZPortalContactPage,
  ZPortalContactUpdate,
} from "../../../common/portal/contact-schemas.js";
import { ZPlaceStatus } from "../../../common/portal/place-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import { auditContextOfRequest } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import { contentCallerOf } from "./content-caller.js";
import {
  createPortalContact,
  deletePortalContact,
  listPortalContacts,
  readPlacesOfContact,
  readPortalContact,
  updatePortalContact,
} from "./portal-contacts.js";
import { portalContactPolicy } from "./portal-place-policy.js";

const tags = ["portal"];
const problems = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem };

/** Contacts for portal pages and places, kept by content editors for their unit or the district. */
export const contactRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/portal/contacts",
    {
      config: { access: requires(portalContactPolicy, "list") },
      schema: {
        tags,
        summary: "The contacts the caller keeps, searched by name or office, paged",
        querystring: ZPortalContactListQuery,
        response: { 200: ZPortalContactPage, ...problems },
      },
    },
    (request) => listPortalContacts(db, contentCallerOf(request, portalContactPolicy), request.query),
  );

  app.post(
    "/api/portal/contacts",
    {
      config: { access: requires(portalContactPolicy, "create") },
      schema: {
        tags,
        summary: "Create a contact",
        body: ZPortalContactInput,
        response: { 201: ZPortalContact, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createPortalContact(
            db,
            contentCallerOf(request, portalContactPolicy),
            auditContextOfRequest(request),
            request.body,
          ),
        ),
  );

  app.get(
    "/api/portal/contacts/:id",
    {
      config: { access: requires(portalContactPolicy, "read") },
      schema: { tags, summary: "One contact", params: ZIdParams, response: { 200: ZPortalContact, ...problems } },
    },
    (request) => readPortalContact(db, contentCallerOf(request, portalContactPolicy), request.params.id),
  );

  app.put(
    "/api/portal/contacts/:id",
    {
      config: { access: requires(portalContactPolicy, "update") },
      schema: {
        tags,
        summary: "Update a contact at the version read (409 when it changed meanwhile)",
        params: ZIdParams,
        body: ZPortalContactUpdate,
        response: { 200: ZPortalContact, 409: ZProblem, ...problems },
      },
    },
    (request) =>
      updatePortalContact(
        db,
        contentCallerOf(request, portalContactPolicy),
        auditContextOfRequest(request),
        request.params.id,
        request.body,
      ),
  );

  app.delete(
    "/api/portal/contacts/:id",
    {
      config: { access: requires(portalContactPolicy, "delete") },
      schema: {
        tags,
        summary: "Delete an unused contact (409 names the places still showing it)",
        params: ZIdParams,
        response: { 204: z.null(), 409: ZProblem, ...problems },
      },
    },
    async (request, reply) => {
      await deletePortalContact(
        db,
        contentCallerOf(request, portalContactPolicy),
        auditContextOfRequest(request),
        request.params.id,
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/portal/contacts/:id/places",
    {
      config: { access: requires(portalContactPolicy, "read") },
      schema: {
        tags,
        summary: "The places that show the contact",
        params: ZIdParams,
        response: {
          200: z.array(z.object({ id: z.uuid(), name: z.string(), status: ZPlaceStatus })),
          ...problems,
        },
      },
    },
    (request) => readPlacesOfContact(db, contentCallerOf(request, portalContactPolicy), request.params.id),
  );
};
