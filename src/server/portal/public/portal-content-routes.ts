import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isContentLanguage, type TContentLanguage } from "../../../common/portal/portal-content.js";
import { publicAccess } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { renderContentPage, renderNotFound, renderUnitChoice, renderUnitStart } from "./content-pages.js";
import { preferredLanguage, rememberLanguage } from "./portal-language.js";
import { findShownPage, findUnitName, listMunicipalUnits, listShownPages } from "./published-pages.js";

type TParams = { lang: string; unit?: string; slug?: string };

const unitKeyPattern = /^\d{8,9}$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const routeOptions = { config: { access: publicAccess }, schema: { hide: true } };

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

function sendUnknownLanguage(request: FastifyRequest, reply: FastifyReply) {
  const language = preferredLanguage(request);
  return sendHtml(reply, 404, renderNotFound(language), language);
}

/**
 * The portal's content, server-rendered and complete without JavaScript: /portal/ opens in the
 * remembered or preferred language; /portal/{lang}/ chooses the municipality; /portal/{lang}/{unit}/
 * is its start page by topic; /portal/{lang}/{unit}/{slug} a page, in German where no translation exists.
 */
export const portalContentRoutes: FastifyPluginAsync<{ db: TDb }> = async (app, { db }) => {
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
    return sendHtml(reply, 200, renderUnitChoice(lang, await listMunicipalUnits(db)), lang);
  });

  app.get<{ Params: TParams }>("/portal/:lang/:unit/", routeOptions, async (request, reply) => {
    const { lang, unit = "" } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const name = unitKeyPattern.test(unit) ? await findUnitName(db, unit) : null;
    if (name === null) return sendHtml(reply, 404, renderNotFound(lang), lang);
    return sendHtml(reply, 200, renderUnitStart(lang, { key: unit, name }, await listShownPages(db, unit, lang)), lang);
  });

  app.get<{ Params: TParams; Querystring: { feedback?: string } }>(
    "/portal/:lang/:unit/:slug",
    routeOptions,
    async (request, reply) => {
      const { lang, unit = "", slug = "" } = request.params;
      if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
      const name = unitKeyPattern.test(unit) ? await findUnitName(db, unit) : null;
      const page = name !== null && slugPattern.test(slug) ? await findShownPage(db, unit, slug, lang) : undefined;
      if (name === null || page === undefined) return sendHtml(reply, 404, renderNotFound(lang), lang);
      const isThanked = request.query.feedback === "thanks";
      return sendHtml(reply, 200, renderContentPage(lang, { key: unit, name }, page, isThanked), lang);
    },
  );
};
