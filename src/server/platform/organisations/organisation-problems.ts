import { problemTypes } from "../../../common/platform/problem.js";
import { getProblemText, type TProblemKey } from "../http/problem-texts.js";
import { HttpProblem } from "../http/problems.js";
import type { TApiLanguage } from "../http/request-language.js";

/** A 422 whose problem also sits at the field it concerns, so forms can show it there. */
export function buildFieldProblem(key: TProblemKey, field: string, language: TApiLanguage): HttpProblem {
  return new HttpProblem(422, key, {
    type: problemTypes.validation,
    errors: [{ pointer: `/body/${field}`, detail: getProblemText(key, language).title, code: key }],
  });
}
