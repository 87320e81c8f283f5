import fastifyRateLimit from "@fastify/rate-limit";
import { desc, eq, inArray, sql } from "drizzle-orm";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { isPortalLanguage, type TPortalLanguage } from "../../../common/arrival/self-registration.js";
import { publicAccess } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { perClientRateLimit } from "../../platform/http/client-network.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { resolveRequestLanguage } from "../../platform/http/request-language.js";
import { tokenSafeLogSerializers } from "../../platform/http/token-safe-logging.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { privacyNotices } from "../consent/consent-tables.js";
import {
  renderConfirmationPrompt,
  renderConfirmationResult,
  renderThanksPage,
  renderTooManyPage,
} from "./message-pages.js";
import {
  checkFormValues,
  parseFormBody,
  readFormValues,
  type TFieldErrors,
  type TFormBody,
} from "./portal-form-input.js";
import { emailConfirmationPath, registrationPath, thanksPath } from "./portal-paths.js";
import type { TPortalTextKey } from "./portal-texts.js";
import {
  emptyFormValues,
  renderRegistrationForm,
  type TFormValues,
  type TPrivacyNoticeShown,
} from "./registration-form-page.js";
import {
  confirmSelfRegistrationEmail,
  SelfRegistrationRefusal,
  submitSelfRegistration,
  type TRefusalReason,
  type TSubmissionDeps,
} from "./submit-self-registration.js";

export type TPortalRouteOptions = TSubmissionDeps & { requestsPerMinute: number; publicUrl: string | undefined };

type TLanguageParams = { Params: { lang: string } };

const refusalTexts: Record<TRefusalReason, TPortalTextKey> = {
  honeypot: "formRefused",
  forged: "formExpired",
  expired: "formExpired",
  replayed: "formExpired",
  too_fast: "formTooFast",
};

function languageOf(request: FastifyRequest): TPortalLanguage {
  const lang = (request.params as { lang?: string } | undefined)?.lang ?? "";
  if (!isPortalLanguage(lang)) throw new HttpProblem(404, "notFound");
  return lang;
}

function sendPage(reply: FastifyReply, status: number, page: string) {
  // The form carries a one-time token: never from a cache.
  return reply.code(status).header("cache-control", "no-store").type("text/html; charset=utf-8").send(page);
}

/** The newest privacy notice in the language, else the newest German one (the form says so). */
async function findNotice(db: TDb, language: TPortalLanguage): Promise<TPrivacyNoticeShown> {
  const rows = await db
    .select({
      id: privacyNotices.id,
      title: privacyNotices.title,
      body: privacyNotices.body,
      language: privacyNotices.language,
    })
    .from(privacyNotices)
    .where(inArray(privacyNotices.language, [language, "de"]))
    .orderBy(
      sql`${privacyNotices.language} = ${language} desc`,
      desc(privacyNotices.publishedOn),
      desc(privacyNotices.version),
    )
    .limit(1);
  const [notice] = rows;
  if (!notice) throw new Error("no privacy notice loaded");
  return { id: notice.id, title: notice.title, body: notice.body, isFallback: notice.language !== language };
}

/**
 * The public self-registration pages, server-rendered and complete without JavaScript. Forms post
 * as application/x-www-form-urlencoded, parsed only inside this plugin; the app-wide CSRF check
 * passes a same-origin form post. Too many requests get a page in the newcomer's language.
 */
export const portalRoutes: FastifyPluginAsyncZod<TPortalRouteOptions> = async (app, options) => {
  const { db, requestsPerMinute, publicUrl } = options;
  await app.register(fastifyRateLimit, perClientRateLimit);
  const rateLimit = { max: requestsPerMinute, timeWindow: "1 minute" };
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 32 * 1024 },
    (_request, body, done) => done(null, parseFormBody(String(body))),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 429) {
      const lang = (request.params as { lang?: string } | undefined)?.lang ?? "de";
      return sendPage(
        reply.header("retry-after", "3600"),
        429,
        renderTooManyPage(isPortalLanguage(lang) ? lang : "de"),
      );
    }
    throw error;
  });

  async function renderForm(
    language: TPortalLanguage,
    values: TFormValues,
    errors: TFieldErrors = {},
    formError?: TPortalTextKey,
  ): Promise<string> {
    const [notice, municipalityList] = await Promise.all([
      findNotice(db, language),
      db
        .select({ ags: municipalities.ags, name: municipalities.name })
        .from(municipalities)
        .orderBy(municipalities.name),
    ]);
    return renderRegistrationForm({
      language,
      municipalities: municipalityList,
      notice,
      formToken: options.formTokens.issue(),
      values,
      errors,
      ...(formError ? { formError } : {}),
    });
  }

  app.get(
    "/portal/registrierung",
    { config: { access: publicAccess }, schema: { hide: true } },
    async (request, reply) => {
      const preferred = resolveRequestLanguage(request);
      return reply
        .code(303)
        .header("location", registrationPath(isPortalLanguage(preferred) ? preferred : "de"))
        .send();
    },
  );

  /** The municipality of a unit with only one (from the portal's "register" link); "" otherwise. */
  async function municipalityOfUnit(unitKey: unknown): Promise<string> {
    if (typeof unitKey !== "string" || !/^\d{8,9}$/.test(unitKey)) return "";
    const rows = await db
      .select({ ags: municipalities.ags })
      .from(municipalities)
      .where(eq(municipalities.municipalUnitKey, unitKey));
    return rows.length === 1 ? (rows[0]?.ags ?? "") : "";
  }

  app.get<TLanguageParams & { Querystring: { unit?: string } }>(
    "/portal/:lang/registrierung",
    { config: { access: publicAccess }, schema: { hide: true } },
    async (request, reply) => {
      const municipalityAgs = await municipalityOfUnit(request.query.unit);
      return sendPage(reply, 200, await renderForm(languageOf(request), { ...emptyFormValues, municipalityAgs }));
    },
  );

  app.post<TLanguageParams & { Body: TFormBody }>(
    "/portal/:lang/registrierung",
    { config: { access: publicAccess, rateLimit }, schema: { hide: true } },
    async (request, reply) => {
      const language = languageOf(request);
      const body = request.body ?? {};
      const values = readFormValues(body);
      const checked = checkFormValues(language, values, body);
      if (!checked.isValid) {
        const formError = checked.isFormBroken ? "formExpired" : undefined;
        return sendPage(reply, 422, await renderForm(language, values, checked.errors, formError));
      }
      try {
        const result = await submitSelfRegistration(options, checked.request, {
          ipAddress: request.ip,
          buildConfirmationLink: (lang, token) =>
            `${(publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, "")}${emailConfirmationPath(lang, token)}`,
          logger: request.log,
        });
        const query = result.emailConfirmation === "pending" ? "?email=pending" : "";
        return reply
          .code(303)
          .header("location", `${thanksPath(language)}${query}`)
          .send();
      } catch (error) {
        if (error instanceof SelfRegistrationRefusal) {
          return sendPage(reply, 422, await renderForm(language, values, {}, refusalTexts[error.reason]));
        }
        if (error instanceof HttpProblem && error.key === "mailNotConfigured") {
          return sendPage(reply, 503, await renderForm(language, values, { email: "mailUnavailable" }));
        }
        if (error instanceof FieldRuleViolation) {
          return sendPage(
            reply,
            422,
            await renderForm(language, values, { municipalityAgs: "error_municipality_required" }),
          );
        }
        throw error;
      }
    },
  );

  app.get<TLanguageParams & { Querystring: { email?: string } }>(
    "/portal/:lang/registrierung/danke",
    { config: { access: publicAccess }, schema: { hide: true } },
    async (request, reply) =>
      sendPage(reply, 200, renderThanksPage(languageOf(request), request.query.email === "pending")),
  );

  app.get<TLanguageParams & { Params: { token: string } }>(
    "/portal/:lang/registrierung/bestaetigung/:token",
    { config: { access: publicAccess }, schema: { hide: true }, logSerializers: tokenSafeLogSerializers },
    async (request, reply) => sendPage(reply, 200, renderConfirmationPrompt(languageOf(request), request.params.token)),
  );

  app.post<TLanguageParams & { Params: { token: string } }>(
    "/portal/:lang/registrierung/bestaetigung/:token",
    { config: { access: publicAccess, rateLimit }, schema: { hide: true }, logSerializers: tokenSafeLogSerializers },
    async (request, reply) => {
      const language = languageOf(request);
      const isConfirmed = await confirmSelfRegistrationEmail(db, request.params.token);
      return sendPage(reply, isConfirmed ? 200 : 404, renderConfirmationResult(language, isConfirmed));
    },
  );
};
