import type { FastifyReply, FastifyRequest } from "fastify";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { publicAccess } from "../../platform/access/route-access.js";
import { renderNotFound } from "./content-pages.js";
import { preferredLanguage, rememberLanguage } from "./portal-language.js";
import type { TPortalRenderCache, TRenderedPage } from "./portal-render-cache.js";

export const unitKeyPattern = /^\d{8,9}$/;
/** Public HTML pages: no login, not in the API's OpenAPI document. */
export const routeOptions = { config: { access: publicAccess }, schema: { hide: true } };

/** Public pages change when an editor publishes: a short shared cache keeps phones and proxies fresh enough. */
export function sendHtml(reply: FastifyReply, status: number, page: string, language: TContentLanguage) {
  if (status === 200) rememberLanguage(reply, language);
  return reply
    .code(status)
    .header("cache-control", status === 200 ? "public, max-age=60" : "no-store")
    .header("content-language", language)
    .header("vary", "cookie, accept-language")
    .type("text/html; charset=utf-8")
    .send(page);
}

/**
 * The one way a public page goes out through the render cache: the page kept under the key, else
 * `render`'s (kept when it is a 200). The key names the page and every variant of its body (language,
 * unit, slug, a thanks notice, the origin where links are absolute), never anything personal.
 * `x-kommmit-cache` says whether the page was kept.
 */
export async function sendCachedHtml(
  reply: FastifyReply,
  cache: TPortalRenderCache,
  key: string,
  language: TContentLanguage,
  render: () => Promise<TRenderedPage>,
) {
  const rendered = await cache.through(key, render);
  reply.header("x-kommmit-cache", rendered.isHit ? "hit" : "miss");
  return sendHtml(reply, rendered.status, rendered.page, language);
}

export function notFoundPage(language: TContentLanguage): TRenderedPage {
  return { status: 404, page: renderNotFound(language) };
}

export function sendUnknownLanguage(request: FastifyRequest, reply: FastifyReply) {
  const language = preferredLanguage(request);
  return sendHtml(reply, 404, renderNotFound(language), language);
}

export function sendNotFound(reply: FastifyReply, language: TContentLanguage) {
  return sendHtml(reply, 404, renderNotFound(language), language);
}

/** The site's own origin for absolute links (sitemap, schema.org): KOMMMIT_PUBLIC_URL, else the request's. */
export function siteOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  return (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, "");
}
