import type { FastifyPluginAsync } from "fastify";
import { isContentLanguage } from "../../../common/portal/portal-content.js";
import { html } from "../../arrival/self-registration/html.js";
import type { TDb } from "../../platform/db/database.js";
import { renderContentPage, renderUnitChoice, renderUnitStart } from "./content-pages.js";
import { renderNextEvents, renderQuickLinks } from "./entry-points.js";
import {
  notFoundPage,
  routeOptions,
  sendCachedHtml,
  sendUnknownLanguage,
  unitKeyPattern,
} from "./portal-html-reply.js";
import { preferredLanguage } from "./portal-language.js";
import type { TPortalRenderCache } from "./portal-render-cache.js";
import { findShownPage, findUnitName, listMunicipalUnits, listShownPages } from "./published-pages.js";
import { listUpcomingOccurrences } from "./shown-events.js";

type TParams = { lang: string; unit?: string; slug?: string };

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The portal's content, server-rendered and complete without JavaScript: /portal/ opens in the
 * remembered or preferred language; /portal/{lang}/ chooses the municipality; /portal/{lang}/{unit}/
 * is its start page by topic; /portal/{lang}/{unit}/{slug} a page, in German where no translation exists.
 * Rendered pages are kept in the render cache; the redirects depend on the visitor and are not.
 */
export const portalContentRoutes: FastifyPluginAsync<{
  db: TDb;
  renderCache: TPortalRenderCache;
  now?: () => Date;
}> = async (app, { db, renderCache, now = () => new Date() }) => {
  app.get("/portal", routeOptions, async (request, reply) =>
    reply
      .code(303)
      .header("location", `/portal/${preferredLanguage(request)}/`)
      .send(),
  );
  app.get("/portal/", routeOptions, async (request, reply) =>
    reply
      .code(303)
      .header("location", `/portal/${preferredLanguage(request)}/`)
      .send(),
  );

  app.get<{ Params: TParams }>("/portal/:lang/", routeOptions, async (request, reply) => {
    const { lang } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    return sendCachedHtml(reply, renderCache, `units ${lang}`, lang, async () => ({
      status: 200,
      page: renderUnitChoice(lang, await listMunicipalUnits(db)),
    }));
  });

  app.get<{ Params: TParams }>("/portal/:lang/:unit/", routeOptions, async (request, reply) => {
    const { lang, unit = "" } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    return sendCachedHtml(reply, renderCache, `start ${lang} ${unit}`, lang, async () => {
      const name = unitKeyPattern.test(unit) ? await findUnitName(db, unit) : null;
      if (name === null) return notFoundPage(lang);
      const shown = { key: unit, name };
      const [pages, upcoming] = await Promise.all([
        listShownPages(db, unit, lang),
        listUpcomingOccurrences(db, unit, lang, now()),
      ]);
      const lead = html`${renderQuickLinks(lang, shown)}${renderNextEvents(lang, shown, upcoming.occurrences, upcoming.events)}`;
      return { status: 200, page: renderUnitStart(lang, shown, pages, lead) };
    });
  });

  app.get<{ Params: TParams; Querystring: { feedback?: string } }>(
    "/portal/:lang/:unit/:slug",
    routeOptions,
    async (request, reply) => {
      const { lang, unit = "", slug = "" } = request.params;
      if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
      // The thanks after answering "was this page helpful?" is its own variant, kept apart.
      const isThanked = request.query.feedback === "thanks";
      const key = `page ${lang} ${unit} ${slug}${isThanked ? " thanked" : ""}`;
      return sendCachedHtml(reply, renderCache, key, lang, async () => {
        const name = unitKeyPattern.test(unit) ? await findUnitName(db, unit) : null;
        const page = name !== null && slugPattern.test(slug) ? await findShownPage(db, unit, slug, lang) : undefined;
        if (name === null || page === undefined) return notFoundPage(lang);
        return { status: 200, page: renderContentPage(lang, { key: unit, name }, page, isThanked) };
      });
    },
  );
};
