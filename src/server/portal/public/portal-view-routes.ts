import type { FastifyPluginAsync } from "fastify";
import { isContentLanguage } from "../../../common/portal/portal-content.js";
import type { TDb } from "../../platform/db/database.js";
import { renderEventDetail, renderEventList } from "./event-pages.js";
import { renderPlaceDetail, renderPlaceList } from "./place-pages.js";
import { routeOptions, sendHtml, sendNotFound, sendUnknownLanguage, siteOrigin } from "./portal-html-reply.js";
import { findPortalUnit } from "./published-pages.js";
import { findShownEvent, listUpcomingOccurrences } from "./shown-events.js";
import { findShownPlace, listShownPlaces } from "./shown-places.js";
import { eventPath, placePath } from "./view-parts.js";

type TParams = { Params: { lang: string; unit: string; id?: string } };
export type TPortalViewOptions = { db: TDb; publicUrl: string | undefined; now?: () => Date };

/**
 * The portal's events and places, server-rendered: the unit's and the district-wide published ones,
 * never drafts or another unit's. Static segments ("events", "places") win over the page route's slug.
 */
export const portalViewRoutes: FastifyPluginAsync<TPortalViewOptions> = async (
  app,
  { db, publicUrl, now = () => new Date() },
) => {
  app.get<TParams>("/portal/:lang/:unit/events", routeOptions, async (request, reply) => {
    const { lang } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const unit = await findPortalUnit(db, request.params.unit);
    if (!unit) return sendNotFound(reply, lang);
    const { events, occurrences } = await listUpcomingOccurrences(db, unit.key, lang, now());
    return sendHtml(reply, 200, renderEventList(lang, unit, occurrences, events), lang);
  });

  app.get<TParams>("/portal/:lang/:unit/events/:id", routeOptions, async (request, reply) => {
    const { lang, id = "" } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const unit = await findPortalUnit(db, request.params.unit);
    const at = now();
    const shown = unit ? await findShownEvent(db, unit.key, id, lang, at) : undefined;
    if (!unit || !shown) return sendNotFound(reply, lang);
    const place = shown.event.placeId ? await findShownPlace(db, unit.key, shown.event.placeId, lang, at) : undefined;
    const origin = siteOrigin(request, publicUrl);
    const detail = {
      ...shown,
      origin,
      url: `${origin}${eventPath(lang, unit.key, shown.event.id)}`,
      place: place && { name: place.name, language: place.language, href: placePath(lang, unit.key, place.id) },
    };
    return sendHtml(reply, 200, renderEventDetail(lang, unit, detail), lang);
  });

  app.get<TParams>("/portal/:lang/:unit/places", routeOptions, async (request, reply) => {
    const { lang } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const unit = await findPortalUnit(db, request.params.unit);
    if (!unit) return sendNotFound(reply, lang);
    return sendHtml(reply, 200, renderPlaceList(lang, unit, await listShownPlaces(db, unit.key, lang, now())), lang);
  });

  app.get<TParams>("/portal/:lang/:unit/places/:id", routeOptions, async (request, reply) => {
    const { lang, id = "" } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const unit = await findPortalUnit(db, request.params.unit);
    const place = unit ? await findShownPlace(db, unit.key, id, lang, now()) : undefined;
    if (!unit || !place) return sendNotFound(reply, lang);
    const url = `${siteOrigin(request, publicUrl)}${placePath(lang, unit.key, place.id)}`;
    return sendHtml(reply, 200, renderPlaceDetail(lang, unit, place, url), lang);
  });
};
