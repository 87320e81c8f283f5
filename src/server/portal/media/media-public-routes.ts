import type { FastifyPluginAsync } from "fastify";
import { publicAccess } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { findServedMedia } from "./media-store.js";

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Serves the portal's media files at /portal/media/{id}/{fileName}: only under their exact name,
 * as the type their bytes are, never sniffed again by the browser, cacheable for good (a new file
 * gets a new id), PDF as a download, images inline, and no content policy a file could use.
 */
export const mediaPublicRoutes: FastifyPluginAsync<{ db: TDb }> = async (app, { db }) => {
  app.get<{ Params: { id: string; fileName: string } }>(
    "/portal/media/:id/:fileName",
    { config: { access: publicAccess }, schema: { hide: true } },
    async (request, reply) => {
      const { id, fileName } = request.params;
      const media = idPattern.test(id) ? await findServedMedia(db, id, fileName) : undefined;
      if (!media) throw new HttpProblem(404, "notFound");
      const etag = `"${media.sha256}"`;
      reply
        .header("content-type", media.mediaType)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "public, max-age=31536000, immutable")
        .header("etag", etag)
        .header("content-security-policy", "default-src 'none'; frame-ancestors 'none'; sandbox")
        .header(
          "content-disposition",
          `${media.mediaType === "application/pdf" ? "attachment" : "inline"}; filename="${fileName}"`,
        );
      if (request.headers["if-none-match"] === etag) return reply.code(304).send();
      return reply.send(media.content);
    },
  );
};
