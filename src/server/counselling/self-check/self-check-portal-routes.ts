import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { isPortalLanguage, type TPortalLanguage } from "../../../common/arrival/self-registration.js";
import { visibleQuestionIds } from "../../../common/counselling/questionnaire-conditions.js";
import type { TAnswers } from "../../../common/counselling/questionnaire-schemas.js";
import { renderTooManyPage } from "../../arrival/self-registration/message-pages.js";
import { parseFormBody, type TFormBody } from "../../arrival/self-registration/portal-form-input.js";
import { publicAccess } from "../../platform/access/route-access.js";
import { auditContextOfRequest } from "../../platform/audit/record-audit-event.js";
import { guardTokenRedemption } from "../../platform/auth/throttle/guard-token-redemption.js";
import type { TThrottle } from "../../platform/auth/throttle/throttle.js";
import type { TDb } from "../../platform/db/database.js";
import { perClientRateLimit } from "../../platform/http/client-network.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { tokenSafeLogSerializers } from "../../platform/http/token-safe-logging.js";
import { createSelfCheckAnswers, type TSelfCheckSession } from "./self-check-answers.js";
import { readSelfCheckPost } from "./self-check-form-input.js";
import { renderSelfCheckMessage, renderSelfCheckPage } from "./self-check-page.js";
import { selfCheckPath } from "./self-check-paths.js";
import { selfCheckIssueText, selfCheckUiTexts } from "./self-check-texts.js";

type TParams = { Params: { lang: string; token: string } };
type TOptions = { db: TDb; tokenThrottle: TThrottle; requestsPerMinute: number };

class InvalidLink extends Error {}

function languageOf(request: FastifyRequest<TParams>): TPortalLanguage {
  if (!isPortalLanguage(request.params.lang)) throw new HttpProblem(404, "notFound");
  return request.params.lang;
}

function sendPage(reply: FastifyReply, status: number, page: string) {
  return reply.code(status).header("cache-control", "no-store").type("text/html; charset=utf-8").send(page);
}

function sectionIndexOf(session: TSelfCheckSession, sectionId: string | null | undefined): number {
  const index = session.definition.sections.findIndex((section) => section.id === sectionId);
  return Math.max(index, 0);
}

/**
 * The self-check on the public portal: server-rendered, one section per page, complete without
 * JavaScript. The link's token opens it (bad tokens count against the client's lockout); a
 * condition that an answer on the page fulfils shows its question on the same page next.
 */
export const selfCheckPortalRoutes: FastifyPluginAsyncZod<TOptions> = async (
  app,
  { db, tokenThrottle, requestsPerMinute },
) => {
  await app.register(fastifyRateLimit, perClientRateLimit);
  const rateLimit = { max: requestsPerMinute, timeWindow: "1 minute" };
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 64 * 1024 },
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

  async function openOrNull(request: FastifyRequest<TParams>): Promise<TSelfCheckSession | undefined> {
    try {
      return await guardTokenRedemption(db, tokenThrottle, request.ip, async () => {
        const session = await createSelfCheckAnswers(db, auditContextOfRequest(request)).open(request.params.token);
        if (!session) throw new InvalidLink();
        return session;
      });
    } catch (error) {
      if (error instanceof InvalidLink) return undefined;
      throw error;
    }
  }

  const routeOptions = {
    config: { access: publicAccess, rateLimit },
    schema: { hide: true },
    logSerializers: tokenSafeLogSerializers,
  };

  app.get<TParams & { Querystring: { section?: string } }>(
    "/portal/:lang/selbstcheck/:token",
    routeOptions,
    async (request, reply) => {
      const language = languageOf(request);
      const { token } = request.params;
      const session = await openOrNull(request);
      if (!session) return sendPage(reply, 404, renderSelfCheckMessage(language, token, "invalid"));
      if (session.isSubmitted) return sendPage(reply, 200, renderSelfCheckMessage(language, token, "thanks"));
      const sectionIndex = sectionIndexOf(session, request.query.section ?? session.currentSectionId);
      const visible = visibleQuestionIds(session.definition, session.answers, todayInBerlin());
      return sendPage(
        reply,
        200,
        renderSelfCheckPage({
          language,
          token,
          session,
          sectionIndex,
          visible,
          values: session.answers,
          errors: new Map(),
        }),
      );
    },
  );

  app.post<TParams & { Body: TFormBody }>("/portal/:lang/selbstcheck/:token", routeOptions, async (request, reply) => {
    const language = languageOf(request);
    const { token } = request.params;
    const session = await openOrNull(request);
    if (!session || session.isSubmitted)
      return sendPage(reply, 404, renderSelfCheckMessage(language, token, "invalid"));
    const { sections } = session.definition;
    const questions = new Map(sections.flatMap((section) => section.questions.map((q) => [q.id, q] as const)));
    const post = readSelfCheckPost(request.body, questions);
    const sectionIndex = sectionIndexOf(session, post.sectionId);
    const section = sections[sectionIndex];
    const merged: TAnswers = { ...session.answers };
    for (const [id, value] of Object.entries(post.changes)) {
      if (value === null) delete merged[id];
      else merged[id] = value;
    }
    const today = todayInBerlin();
    const visibleAfter = visibleQuestionIds(session.definition, merged, today);
    const isNewlyShown =
      section?.questions.some((question) => visibleAfter.has(question.id) && !post.shown.includes(question.id)) ??
      false;
    const target = isNewlyShown
      ? sectionIndex
      : post.action === "back"
        ? Math.max(0, sectionIndex - 1)
        : Math.min(sections.length - 1, sectionIndex + 1);
    const isSubmitting = post.action === "submit" && !isNewlyShown;
    const answers = createSelfCheckAnswers(db, auditContextOfRequest(request));
    // Sent, the draft opens for staff at its first section: they go through it with the person.
    const resumeAt = isSubmitting ? (sections[0]?.id ?? null) : (sections[target]?.id ?? null);
    const result = await answers.save(token, post.changes, resumeAt, isSubmitting);
    if (result.kind === "invalid") return sendPage(reply, 404, renderSelfCheckMessage(language, token, "invalid"));
    if (result.kind === "issues") {
      const errors = new Map(result.issues.map((issue) => [issue.questionId, selfCheckIssueText(issue, language)]));
      const visible = visibleQuestionIds(session.definition, merged, today);
      return sendPage(
        reply,
        422,
        renderSelfCheckPage({
          language,
          token,
          session: result.session,
          sectionIndex,
          visible,
          values: merged,
          errors,
        }),
      );
    }
    if (isSubmitting) return reply.code(303).header("location", selfCheckPath(language, token)).send();
    if (isNewlyShown) {
      const notice = selfCheckUiTexts[language].notAsked;
      return sendPage(
        reply,
        200,
        renderSelfCheckPage({
          language,
          token,
          session: result.session,
          sectionIndex,
          visible: visibleAfter,
          values: result.session.answers,
          errors: new Map(),
          notice,
        }),
      );
    }
    const next = sections[target]?.id ?? "";
    return reply
      .code(303)
      .header("location", `${selfCheckPath(language, token)}?section=${encodeURIComponent(next)}`)
      .send();
  });
};
