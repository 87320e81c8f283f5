import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { renderFieldMessage, type TFieldMessageCode } from "../../../common/platform/field-messages.js";
import { problemTypes, type TFieldProblem, type TProblem } from "../../../common/platform/problem.js";
import { getProblemText, type TProblemKey } from "./problem-texts.js";
import { resolveRequestLanguage } from "./request-language.js";
import { RequestValidationError, toFieldProblems } from "./validation.js";

/** An error a service throws on purpose; the handler turns it into problem details. */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly key: TProblemKey,
    readonly options: {
      detail?: string;
      errors?: TFieldProblem[];
      type?: string;
      /** Response headers that belong to the problem, e.g. Retry-After with a 429. */
      headers?: Record<string, string>;
    } = {},
  ) {
    super(key);
    this.name = "HttpProblem";
  }
}

/**
 * A rule a service checks against the database (a municipality outside the actor's area, an unknown
 * reference code) broken by one or more fields: answered as 422 with field problems whose messages
 * come from the shared registry in the request's language, like the schema's own rules.
 */
export class FieldRuleViolation extends Error {
  constructor(readonly violations: { pointer: string; code: TFieldMessageCode }[]) {
    super("field rule violated");
    this.name = "FieldRuleViolation";
  }
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: TProblem) {
  return reply
    .code(problem.status)
    .header("content-type", "application/problem+json; charset=utf-8")
    .header("x-request-id", request.id)
    .send({ ...problem, instance: request.url.split("?")[0], requestId: request.id });
}

function buildProblem(
  request: FastifyRequest,
  status: number,
  key: TProblemKey,
  extra: Partial<TProblem> = {},
): TProblem {
  const text = getProblemText(key, resolveRequestLanguage(request));
  return { type: problemTypes.blank, title: text.title, status, detail: text.detail, ...extra };
}

const statusKeys: Record<number, TProblemKey> = {
  400: "badRequest",
  401: "unauthorized",
  403: "forbidden",
  404: "notFound",
  405: "methodNotAllowed",
  413: "bodyTooLarge",
  415: "unsupportedMediaType",
  429: "tooManyRequests",
  503: "unavailable",
};

/** Maps everything that can go wrong in a request to RFC 9457 problem details; never leaks internals. */
function toProblem(error: FastifyError, request: FastifyRequest): TProblem {
  const language = resolveRequestLanguage(request);
  if (error instanceof RequestValidationError) {
    const part = (error as FastifyError & { validationContext?: string }).validationContext ?? "body";
    return buildProblem(request, 422, "validation", {
      type: problemTypes.validation,
      errors: toFieldProblems(part, error.issues, language),
    });
  }
  if (error instanceof FieldRuleViolation) {
    return buildProblem(request, 422, "validation", {
      type: problemTypes.validation,
      errors: error.violations.map(({ pointer, code }) => ({
        pointer,
        code,
        detail: renderFieldMessage(code, language),
      })),
    });
  }
  if (error instanceof HttpProblem) {
    return buildProblem(request, error.statusCode, error.key, {
      ...(error.options.type ? { type: error.options.type } : {}),
      ...(error.options.detail ? { detail: error.options.detail } : {}),
      ...(error.options.errors ? { errors: error.options.errors } : {}),
    });
  }
  if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || (error instanceof SyntaxError && error.statusCode === 400)) {
    return buildProblem(request, 400, "malformedJson", { type: problemTypes.malformedJson });
  }
  if (error.code === "FST_ERR_CTP_EMPTY_JSON_BODY") {
    return buildProblem(request, 400, "malformedJson", { type: problemTypes.malformedJson });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return buildProblem(request, status, statusKeys[status] ?? "badRequest");
  }
  if (status === 503) return buildProblem(request, 503, "unavailable");
  return buildProblem(request, 500, "internal");
}

/** Errors Fastify raises before routing (e.g. a badly encoded URL) get problem details too. */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  request.log.info({ code: error.code }, "request rejected before routing");
  return sendProblem(request, reply, toProblem(error, request));
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    if (error instanceof HttpProblem && error.options.headers) reply.headers(error.options.headers);
    if (problem.status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ status: problem.status, code: error.code }, "request rejected");
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, buildProblem(request, 404, "notFound")));
}
