import type { FastifyPluginAsync } from "fastify";
import { offerCategories, type TOfferCategory } from "../../../common/offers/offer.js";
import { isContentLanguage } from "../../../common/portal/portal-content.js";
import type { TDb } from "../../platform/db/database.js";
import { searchKinds, type TSearchKind } from "../search/search-hit.js";
import { maxQueryLength, searchPortal } from "../search/search-portal.js";
import { findUnitOffer, searchUnitOffers } from "../search/unit-offers.js";
import { renderOfferDetail, renderOfferList } from "./offer-pages.js";
import {
  notFoundPage,
  routeOptions,
  sendCachedHtml,
  sendHtml,
  sendNotFound,
  sendUnknownLanguage,
  siteOrigin,
} from "./portal-html-reply.js";
import type { TPortalRenderCache } from "./portal-render-cache.js";
import { findPortalUnit } from "./published-pages.js";
import { renderSearchPage } from "./search-page.js";
import { offerPath } from "./view-parts.js";

type TQuery = Record<string, string | string[] | undefined>;
type TParams = { Params: { lang: string; unit: string; id?: string }; Querystring: TQuery };
export type TPortalSearchOptions = { db: TDb; publicUrl: string | undefined; renderCache: TPortalRenderCache };

/** A query value as one string: the first of repeated ones, "" when absent. */
function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** The words trimmed and cut to what the search reads; the page says when they were cut. */
function wordsOf(query: TQuery) {
  const words = single(query.q).trim();
  return { words: words.slice(0, maxQueryLength).trim(), wasCut: words.length > maxQueryLength };
}

const isSearchKind = (value: string): value is TSearchKind => (searchKinds as readonly string[]).includes(value);
const isOfferCategory = (value: string): value is TOfferCategory =>
  (offerCategories as readonly string[]).includes(value);

/** Page 1 for anything that is not a whole number from 1 to 1,000. */
function pageOf(value: string): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}

/**
 * The portal search and the public offer pages of a municipal unit, server-rendered. Filters come as a
 * GET query; a value the page does not know (a kind, a category, a page) is read as "none", not refused,
 * so an old or hand-made link still shows something. The words are neither logged nor stored, nor
 * kept in the render cache: the offer pages without words are (by category and page), searches are not.
 */
export const portalSearchRoutes: FastifyPluginAsync<TPortalSearchOptions> = async (
  app,
  { db, publicUrl, renderCache },
) => {
  app.get<TParams>("/portal/:lang/:unit/search", routeOptions, async (request, reply) => {
    const { lang } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const unit = await findPortalUnit(db, request.params.unit);
    if (!unit) return sendNotFound(reply, lang);
    const { words, wasCut } = wordsOf(request.query);
    const kindValue = single(request.query.kind);
    const kind = isSearchKind(kindValue) ? kindValue : null;
    const result = await searchPortal(db, { unitKey: unit.key, language: lang, words, kind });
    return sendHtml(reply, 200, renderSearchPage(lang, unit, { words, kind, wasCut }, result), lang);
  });

  app.get<TParams>("/portal/:lang/:unit/offers", routeOptions, async (request, reply) => {
    const { lang } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const { words } = wordsOf(request.query);
    const categoryValue = single(request.query.category);
    const asked = {
      words,
      category: isOfferCategory(categoryValue) ? categoryValue : null,
      page: pageOf(single(request.query.page)),
    };
    const render = async () => {
      const unit = await findPortalUnit(db, request.params.unit);
      if (!unit) return notFoundPage(lang);
      const result = await searchUnitOffers(db, unit.key, {
        lang,
        ...(asked.words ? { q: asked.words } : {}),
        ...(asked.category ? { category: asked.category } : {}),
        page: asked.page,
      });
      return { status: 200, page: renderOfferList(lang, unit, asked, result) };
    };
    if (asked.words) {
      const rendered = await render();
      return sendHtml(reply, rendered.status, rendered.page, lang);
    }
    const key = `offers ${lang} ${request.params.unit} ${asked.category ?? ""} ${asked.page}`;
    return sendCachedHtml(reply, renderCache, key, lang, render);
  });

  app.get<TParams>("/portal/:lang/:unit/offers/:id", routeOptions, async (request, reply) => {
    const { lang, id = "" } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const origin = siteOrigin(request, publicUrl);
    return sendCachedHtml(
      reply,
      renderCache,
      `offer ${lang} ${request.params.unit} ${id} ${origin}`,
      lang,
      async () => {
        const unit = await findPortalUnit(db, request.params.unit);
        const offer = unit ? await findUnitOffer(db, unit.key, id, lang) : undefined;
        if (!unit || !offer) return notFoundPage(lang);
        return {
          status: 200,
          page: renderOfferDetail(lang, unit, offer, `${origin}${offerPath(lang, unit.key, offer.id)}`),
        };
      },
    );
  });
};
