import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZMediaIdParams,
  ZMediaListQuery,
  ZMediaUploadQuery,
  ZPortalMedia,
  ZPortalMediaList,
} from "../../../common/portal/media-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import { auditContextOfRequest } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import { contentCallerOf } from "../places/content-caller.js";
import { portalMediaPolicy } from "./media-policy.js";
import { deleteMedia, listMedia, uploadMedia } from "./media-store.js";
import { addMediaUploadParser, mediaUploadTypes, ZMediaUploadBody } from "./media-upload-body.js";

const tags = ["portal"];
const problems = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem };

/** The media library of portal content in the staff app (content editors, their own administration). */
export const mediaRoutes: FastifyPluginAsyncZod<{ db: TDb; maxBytes: number }> = async (app, { db, maxBytes }) => {
  // Scoped to this plugin: everywhere else a body is JSON or 415.
  addMediaUploadParser(app, maxBytes);
  const callerOf = (request: Parameters<typeof contentCallerOf>[0]) => contentCallerOf(request, portalMediaPolicy);

  app.post(
    "/api/portal/media",
    {
      config: { access: requires(portalMediaPolicy, "upload") },
      schema: {
        tags,
        summary: "Upload an image (PNG, JPEG, WebP) or PDF as raw bytes; the type is sniffed from the bytes",
        querystring: ZMediaUploadQuery,
        body: ZMediaUploadBody,
        consumes: mediaUploadTypes,
        response: { 201: ZPortalMedia, 413: ZProblem, 415: ZProblem, ...problems },
      },
    },
    async (request, reply) => {
      const { owner, fileName } = request.query;
      const created = await uploadMedia(db, callerOf(request), auditContextOfRequest(request), {
        owner: owner === "district" ? null : owner,
        fileName,
        bytes: request.body,
      });
      return reply.code(201).header("location", created.url).send(created);
    },
  );

  app.get(
    "/api/portal/media",
    {
      config: { access: requires(portalMediaPolicy, "list") },
      schema: {
        tags,
        summary: "An owner's media files, newest first, paged",
        querystring: ZMediaListQuery,
        response: { 200: ZPortalMediaList, ...problems },
      },
    },
    (request) => listMedia(db, callerOf(request), request.query),
  );

  app.delete(
    "/api/portal/media/:id",
    {
      config: { access: requires(portalMediaPolicy, "delete") },
      schema: {
        tags,
        summary: "Delete a media file (pages still linking it show a gap)",
        params: ZMediaIdParams,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await deleteMedia(db, callerOf(request), auditContextOfRequest(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
