import type { FastifyPluginAsync } from "fastify";
import type { TDb } from "../../platform/db/database.js";
import { routeOptions, siteOrigin } from "./portal-html-reply.js";
import { listSitemapPaths } from "./sitemap-entries.js";

export type TSitemapOptions = { db: TDb; publicUrl: string | undefined; now?: () => Date };

const xmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (value: string) => value.replace(/[&<>"']/g, (character) => xmlEscapes[character] ?? character);

export function renderSitemap(origin: string, paths: string[]): string {
  const urls = paths.map((path) => `<url><loc>${escapeXml(`${origin}${path}`)}</loc></url>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/**
 * /portal/sitemap.xml lists every public portal address in every content language; /robots.txt
 * points search engines to it and keeps them out of the staff app and the API.
 */
export const sitemapRoutes: FastifyPluginAsync<TSitemapOptions> = async (
  app,
  { db, publicUrl, now = () => new Date() },
) => {
  app.get("/portal/sitemap.xml", routeOptions, async (request, reply) => {
    const sitemap = renderSitemap(siteOrigin(request, publicUrl), await listSitemapPaths(db, now()));
    return reply.header("cache-control", "public, max-age=3600").type("application/xml; charset=utf-8").send(sitemap);
  });

  app.get("/robots.txt", routeOptions, async (request, reply) =>
    reply
      .header("cache-control", "public, max-age=86400")
      .type("text/plain; charset=utf-8")
      .send(
        `User-agent: *\nAllow: /portal/\nDisallow: /app/\nDisallow: /api/\nSitemap: ${siteOrigin(request, publicUrl)}/portal/sitemap.xml\n`,
      ),
  );
};
