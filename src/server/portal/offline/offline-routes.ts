import type { FastifyPluginAsync } from "fastify";
import { isContentLanguage } from "../../../common/portal/portal-content.js";
import { publicAccess } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { renderNotFound } from "../public/content-pages.js";
import { sendHtml } from "../public/portal-html-reply.js";
import type { TPortalRenderCache } from "../public/portal-render-cache.js";
import { findUnitName } from "../public/published-pages.js";
import { listOfflineUrls } from "./offline-list.js";
import { renderOfflinePage } from "./offline-page.js";
import { portalAssets } from "./portal-assets.js";

type TParams = { lang: string; unit: string };

const unitKeyPattern = /^\d{8,9}$/;
const routeOptions = { config: { access: publicAccess }, schema: { hide: true } };
const javascript = "text/javascript; charset=utf-8";

/**
 * The portal's scripts and what they work from: portal.js (versioned, cached for a year), the
 * service worker (revalidated on every check, so a release takes over), a municipality's offline
 * list (kept in the render cache like the pages it lists) and the offline page.
 */
export const offlineRoutes: FastifyPluginAsync<{ db: TDb; renderCache: TPortalRenderCache }> = async (
  app,
  { db, renderCache },
) => {
  app.get<{ Querystring: { v?: string } }>("/portal/assets/portal.js", routeOptions, async (request, reply) =>
    reply
      .header(
        "cache-control",
        request.query.v === portalAssets.version ? "public, max-age=31536000, immutable" : "no-cache",
      )
      .type(javascript)
      .send(portalAssets.portalScript),
  );

  app.get("/portal/sw.js", routeOptions, async (_request, reply) =>
    reply.header("cache-control", "no-cache").type(javascript).send(portalAssets.serviceWorker),
  );

  app.get<{ Params: { lang: string } }>("/portal/:lang/offline", routeOptions, async (request, reply) => {
    const { lang } = request.params;
    if (!isContentLanguage(lang)) return sendHtml(reply, 404, renderNotFound("de"), "de");
    return sendHtml(reply, 200, renderOfflinePage(lang), lang);
  });

  app.get<{ Params: TParams }>("/portal/:lang/:unit/offline.json", routeOptions, async (request, reply) => {
    const { lang, unit } = request.params;
    if (!isContentLanguage(lang)) return sendHtml(reply, 404, renderNotFound("de"), "de");
    const listed = await renderCache.through(`offline ${lang} ${unit}`, async () => {
      const name = unitKeyPattern.test(unit) ? await findUnitName(db, unit) : null;
      if (name === null) return { status: 404, page: "" };
      const urls = await listOfflineUrls(db, unit, lang);
      return { status: 200, page: JSON.stringify({ language: lang, unitKey: unit, urls }) };
    });
    if (listed.status !== 200) return sendHtml(reply, 404, renderNotFound("de"), "de");
    return reply
      .header("cache-control", "public, max-age=60")
      .header("x-kommmit-cache", listed.isHit ? "hit" : "miss")
      .type("application/json; charset=utf-8")
      .send(listed.page);
  });
};
