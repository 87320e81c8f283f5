import type { TFunction } from "i18next";
import type { z } from "zod";
import type { TProblem } from "../../../common/platform/problem.js";
import { toFieldPath, toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { describeIssue } from "../../forms/validation-messages.js";
import type { TOfferFormValues } from "./offer-form-values.js";

/** Messages by form field ("category", "translations.1.title", …) and those no field can show. */
export type TOfferFormErrors = { fieldErrors: Partial<Record<string, string>>; otherMessages: string[] };

export const noOfferFormErrors: TOfferFormErrors = { fieldErrors: {}, otherMessages: [] };

/** Lists of codes the form edits with one multi-select: an entry's problem shows at the list. */
const codeLists = new Set(["fieldsOfAction", "languages", "residenceCategories", "weekdays", "timeSlots"]);

const textParts = ["language", "title", "description", "prerequisites", "costNote"] as const;

/** Every field the form shows for these values: the scalar ones, the text rows' inputs, the text list as a whole. */
export function offerFormFields(values: TOfferFormValues): string[] {
  const scalar = Object.keys(values).filter((key) => key !== "translations");
  return [
    ...scalar,
    "translations",
    ...values.translations.flatMap((_, index) => textParts.map((part) => `translations.${index}.${part}`)),
  ];
}

/** Where a schema path (zod's, or the server's pointer below /body) shows its message. */
export function toOfferFormField(path: readonly PropertyKey[]): string {
  const [first] = path.map(String);
  if (first !== undefined && codeLists.has(first)) return first;
  return path.map(String).join(".");
}

/** The first message per field of a failed parse; issues no field can show are kept for the summary. */
export function placeOfferIssues(
  issues: readonly z.core.$ZodIssue[],
  values: TOfferFormValues,
  t: TFunction,
): TOfferFormErrors {
  const fields = offerFormFields(values);
  const errors: TOfferFormErrors = { fieldErrors: {}, otherMessages: [] };
  for (const issue of issues) {
    const field = toOfferFormField(issue.path);
    if (!fields.includes(field)) errors.otherMessages.push(describeIssue(issue, t));
    else if (errors.fieldErrors[field] === undefined) errors.fieldErrors[field] = describeIssue(issue, t);
  }
  return errors;
}

/** The server's 422 field problems (pointers like /body/fieldsOfAction/1) on the same fields. */
export function placeOfferProblem(problem: TProblem | undefined, values: TOfferFormValues): TOfferFormErrors {
  if (problem === undefined) return noOfferFormErrors;
  const errors = problem.errors?.map((error) => {
    const path = toFieldPath(error.pointer, "body");
    if (path === undefined) return error;
    return { ...error, pointer: `/body/${toOfferFormField(path.split(".")).replaceAll(".", "/")}` };
  });
  return toProblemFieldErrors({ ...problem, errors }, offerFormFields(values));
}
