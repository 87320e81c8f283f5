import type { FastifyPluginAsync } from "fastify";
import { isContentLanguage } from "../../../common/portal/portal-content.js";
import { parseFormBody, type TFormBody } from "../../arrival/self-registration/portal-form-input.js";
import { routeOptions, sendHtml, sendUnknownLanguage } from "./portal-html-reply.js";
import { readSelfCheckCode, renderSelfCheckEntry, selfCheckTarget } from "./self-check-entry.js";

type TParams = { Params: { lang: string } };

/**
 * /portal/{lang}/selbstcheck without a token: the newcomer pastes the invitation's link or code and
 * is sent on to /portal/{lang}/selbstcheck/{token}, which checks it. Posted, so the token stays out
 * of the address bar and the logs here.
 */
export const selfCheckEntryRoutes: FastifyPluginAsync = async (app) => {
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 4 * 1024 },
    (_request, body, done) => done(null, parseFormBody(String(body))),
  );

  app.get<TParams>("/portal/:lang/selbstcheck", routeOptions, async (request, reply) => {
    const { lang } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    return sendHtml(reply, 200, renderSelfCheckEntry(lang, false), lang);
  });

  app.post<TParams & { Body: TFormBody }>("/portal/:lang/selbstcheck", routeOptions, async (request, reply) => {
    const { lang } = request.params;
    if (!isContentLanguage(lang)) return sendUnknownLanguage(request, reply);
    const token = readSelfCheckCode(request.body?.code?.[0] ?? "");
    if (token === undefined) return sendHtml(reply, 422, renderSelfCheckEntry(lang, true), lang);
    return reply.code(303).header("cache-control", "no-store").header("location", selfCheckTarget(lang, token)).send();
  });
};
