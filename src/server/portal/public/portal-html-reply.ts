import type { FastifyReply, FastifyRequest } from "fastify";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { publicAccess } from "../../platform/access/route-access.js";
import { renderNotFound } from "./content-pages.js";
import { preferredLanguage, rememberLanguage } from "./portal-language.js";

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
