import type { FastifyPluginAsync } from "fastify";
import { isContentLanguage } from "../../../common/portal/portal-content.js";
import type { TDb } from "../../platform/db/database.js";
import { renderEventDetail, renderEventList } from "./event-pages.js";
import { renderPlaceDetail, renderPlaceList } from "./place-pages.js";
import { notFoundPage, routeOptions, sendCachedHtml, sendUnknownLanguage, siteOrigin } from "./portal-html-reply.js";
import type { TPortalRenderCache } from "./portal-render-cache.js";
import { findPortalUnit } from "./published-pages.js";
import { findShownEvent, listUpcomingOccurrences } from "./shown-events.js";
import { findShownPlace, listShownPlaces } from "./shown-places.js";
import { eventPath, placePath } from "./view-parts.js";

type TParams = { Params: { lang: string; unit: string; id?: string } };
export type TPortalViewOptions = {
  db: TDb;
  publicUrl: string | undefined;
  renderCache: TPortalRenderCache;
  now?: () => Date;
};

/**
 * The portal's events and places, server-rendered: the unit's and the district-wide published ones,
 * never drafts or another unit's. Static segments ("events", "places") win over the page route's slug.
 * Rendered pages are kept in the render cache; a detail's key holds the origin its absolute links use.
 */
export const portalViewRoutes: FastifyPluginAsync<TPortalViewOptions> = async (
  app,
  { db, publicUrl, renderCache, now = () => new Date() },
) => {
  app.get<TParams>("/portal/:lang/:unit/events", routeOptions, async (request, reply) => {
    const { lang } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    return sendCachedHtml(reply, renderCache, `events ${lang} ${request.params.unit}`, lang, async () => {
      const unit = await findPortalUnit(db, request.params.unit);
      if (!unit) return notFoundPage(lang);
      const { events, occurrences } = await listUpcomingOccurrences(db, unit.key, lang, now());
      return { status: 200, page: renderEventList(lang, unit, occurrences, events) };
    });
  });

  app.get<TParams>("/portal/:lang/:unit/events/:id", routeOptions, async (request, reply) => {
    const { lang, id = "" } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const origin = siteOrigin(request, publicUrl);
    const key = `event ${lang} ${request.params.unit} ${id} ${origin}`;
    return sendCachedHtml(reply, renderCache, key, lang, async () => {
      const unit = await findPortalUnit(db, request.params.unit);
      const at = now();
      const shown = unit ? await findShownEvent(db, unit.key, id, lang, at) : undefined;
      if (!unit || !shown) return notFoundPage(lang);
      const place = shown.event.placeId ? await findShownPlace(db, unit.key, shown.event.placeId, lang, at) : undefined;
      const detail = {
        ...shown,
        origin,
        url: `${origin}${eventPath(lang, unit.key, shown.event.id)}`,
        place: place && { name: place.name, language: place.language, href: placePath(lang, unit.key, place.id) },
      };
      return { status: 200, page: renderEventDetail(lang, unit, detail) };
    });
  });

  app.get<TParams>("/portal/:lang/:unit/places", routeOptions, async (request, reply) => {
    const { lang } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    return sendCachedHtml(reply, renderCache, `places ${lang} ${request.params.unit}`, lang, async () => {
      const unit = await findPortalUnit(db, request.params.unit);
      if (!unit) return notFoundPage(lang);
      return { status: 200, page: renderPlaceList(lang, unit, await listShownPlaces(db, unit.key, lang, now())) };
    });
  });

  app.get<TParams>("/portal/:lang/:unit/places/:id", routeOptions, async (request, reply) => {
    const { lang, id = "" } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const origin = siteOrigin(request, publicUrl);
    return sendCachedHtml(
      reply,
      renderCache,
      `place ${lang} ${request.params.unit} ${id} ${origin}`,
      lang,
      async () => {
        const unit = await findPortalUnit(db, request.params.unit);
        const place = unit ? await findShownPlace(db, unit.key, id, lang, now()) : undefined;
        if (!unit || !place) return notFoundPage(lang);
        return {
          status: 200,
          page: renderPlaceDetail(lang, unit, place, `${origin}${placePath(lang, unit.key, place.id)}`),
        };
      },
    );
  });
};
