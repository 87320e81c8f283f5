import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZPlace,
  ZPlaceInput,
  ZPlaceListQuery,
  ZPlacePage,
  ZPlaceUpdate,
  ZPlaceVersion,
} from "../../../common/portal/place-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import { auditContextOfRequest } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import { contentCallerOf } from "./content-caller.js";
import { listPlaces } from "./list-places.js";
import { createPlace, deletePlace, setPlaceStatus, updatePlace } from "./place-changes.js";
import { readPlace } from "./place-records.js";
import { portalPlacePolicy } from "./portal-place-policy.js";

const tags = ["portal"];
const problems = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem };

/** The staff side of portal places: content editors keep their unit's or the district's places. */
export const placeRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/portal/places",
    {
      config: { access: requires(portalPlacePolicy, "list") },
      schema: {
        tags,
        summary: "The places the caller keeps: filter by category, municipality, status; search by name; paged",
        querystring: ZPlaceListQuery,
        response: { 200: ZPlacePage, ...problems },
      },
    },
    (request) => listPlaces(db, contentCallerOf(request, portalPlacePolicy), request.query),
  );

  app.post(
    "/api/portal/places",
    {
      config: { access: requires(portalPlacePolicy, "create") },
      schema: { tags, summary: "Create a place as a draft", body: ZPlaceInput, response: { 201: ZPlace, ...problems } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createPlace(
            db,
            contentCallerOf(request, portalPlacePolicy),
            auditContextOfRequest(request),
            request.body,
          ),
        ),
  );

  app.get(
    "/api/portal/places/:id",
    {
      config: { access: requires(portalPlacePolicy, "read") },
      schema: { tags, summary: "One place", params: ZIdParams, response: { 200: ZPlace, ...problems } },
    },
    (request) => readPlace(db, contentCallerOf(request, portalPlacePolicy), request.params.id),
  );

  app.put(
    "/api/portal/places/:id",
    {
      config: { access: requires(portalPlacePolicy, "update") },
      schema: {
        tags,
        summary: "Update a place at the version read (409 when it changed meanwhile)",
        params: ZIdParams,
        body: ZPlaceUpdate,
        response: { 200: ZPlace, 409: ZProblem, ...problems },
      },
    },
    (request) =>
      updatePlace(
        db,
        contentCallerOf(request, portalPlacePolicy),
        auditContextOfRequest(request),
        request.params.id,
        request.body,
      ),
  );

  for (const [path, status] of [
    ["publish", "published"],
    ["unpublish", "draft"],
  ] as const) {
    app.post(
      `/api/portal/places/:id/${path}`,
      {
        config: { access: requires(portalPlacePolicy, "publish") },
        schema: {
          tags,
          summary: status === "published" ? "Publish a place on the portal" : "Take a place off the portal",
          params: ZIdParams,
          body: ZPlaceVersion,
          response: { 200: ZPlace, 409: ZProblem, ...problems },
        },
      },
      (request) =>
        setPlaceStatus(
          db,
          contentCallerOf(request, portalPlacePolicy),
          auditContextOfRequest(request),
          request.params.id,
          status,
          request.body.version,
        ),
    );
  }

  app.delete(
    "/api/portal/places/:id",
    {
      config: { access: requires(portalPlacePolicy, "delete") },
      schema: {
        tags,
        summary: "Delete a draft place (a published one is unpublished first: 409)",
        params: ZIdParams,
        response: { 204: z.null(), 409: ZProblem, ...problems },
      },
    },
    async (request, reply) => {
      await deletePlace(
        db,
        contentCallerOf(request, portalPlacePolicy),
        auditContextOfRequest(request),
        request.params.id,
      );
      return reply.code(204).send(null);
    },
  );
};
