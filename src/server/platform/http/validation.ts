import type { FastifySchemaCompiler } from "fastify";
import { type ZodType, z } from "zod";
import {
  isFieldMessageCode,
  renderFieldMessage,
  type TFieldMessageCode,
} from "../../../common/platform/field-messages.js";
import type { TFieldProblem } from "../../../common/platform/problem.js";
import type { TApiLanguage } from "./request-language.js";

type TIssue = z.core.$ZodIssue;
type TLocale = () => { localeError: z.core.$ZodErrorMap };

const locales: Record<TApiLanguage, TLocale> = {
  de: z.locales.de,
  en: z.locales.en,
  uk: z.locales.uk,
  ar: z.locales.ar,
  tr: z.locales.tr,
  ru: z.locales.ru,
  fa: z.locales.fa,
  ro: z.locales.ro,
  bg: z.locales.bg,
  pl: z.locales.pl,
};

const errorMaps = new Map<TApiLanguage, z.core.$ZodErrorMap>();

function getErrorMap(language: TApiLanguage): z.core.$ZodErrorMap {
  let map = errorMaps.get(language);
  if (!map) {
    map = locales[language]().localeError;
    errorMaps.set(language, map);
  }
  return map;
}

/** Thrown by the validator; the error handler renders its issues in the requester's language. */
export class RequestValidationError extends Error {
  readonly statusCode = 422;
  constructor(readonly issues: TIssue[]) {
    super("request validation failed");
    this.name = "RequestValidationError";
  }
}

/** Validates with zod; keeps the input on each issue so messages can be rendered per language later. */
export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
  };

function toPointer(part: string, path: PropertyKey[]): string {
  const escaped = path.map((segment) => String(segment).replaceAll("~", "~0").replaceAll("/", "~1"));
  return `/${[part, ...escaped].join("/")}`;
}

/** The registry code of one of our own rules (common/platform/field-messages.ts), if the issue is one. */
function fieldMessageOf(issue: TIssue): TFieldMessageCode | undefined {
  if (issue.code !== "custom") return undefined;
  const code: unknown = issue.params?.fieldMessage;
  return isFieldMessageCode(code) ? code : undefined;
}

function describeIssue(issue: TIssue, language: TApiLanguage): string {
  const fieldMessage = fieldMessageOf(issue);
  if (fieldMessage) return renderFieldMessage(fieldMessage, language);
  // Other refinements of ours carry their own message.
  if (issue.code === "custom") return issue.message;
  const rendered = getErrorMap(language)(issue as Parameters<z.core.$ZodErrorMap>[0]);
  if (typeof rendered === "string") return rendered;
  return rendered?.message ?? issue.message;
}

/** Field problems for an invalid request part, one per zod issue (unknown keys name each key). */
export function toFieldProblems(part: string, issues: TIssue[], language: TApiLanguage): TFieldProblem[] {
  return issues.flatMap((issue): TFieldProblem[] => {
    const detail = describeIssue(issue, language);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ pointer: toPointer(part, [...issue.path, key]), detail, code: issue.code }));
    }
    return [{ pointer: toPointer(part, issue.path), detail, code: fieldMessageOf(issue) ?? issue.code }];
  });
}
