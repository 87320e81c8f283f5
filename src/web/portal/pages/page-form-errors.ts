import type { TFunction } from "i18next";
import type { z } from "zod";
import type { TProblem } from "../../../common/platform/problem.js";
import { toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { describeIssue } from "../../forms/validation-messages.js";

/** Messages by form field, and those no field of the form can show (for the summary). */
export type TPageFormErrors<TField extends string> = {
  fieldErrors: Partial<Record<TField, string>>;
  otherMessages: string[];
};

export const noPageFormErrors = { fieldErrors: {}, otherMessages: [] };

/** The first message per field of a failed parse; issues no field shows go to the summary. */
export function placePageIssues<TField extends string>(
  issues: readonly z.core.$ZodIssue[],
  fields: readonly TField[],
  t: TFunction,
): TPageFormErrors<TField> {
  const errors: TPageFormErrors<TField> = { fieldErrors: {}, otherMessages: [] };
  for (const issue of issues) {
    const field = fields.find((candidate) => candidate === issue.path.join("."));
    if (field === undefined) errors.otherMessages.push(describeIssue(issue, t));
    else errors.fieldErrors[field] ??= describeIssue(issue, t);
  }
  return errors;
}

/** The server's 422 field problems (pointers like /body/slug) on the same fields. */
export function placePageProblem<TField extends string>(
  problem: TProblem | undefined,
  fields: readonly TField[],
): TPageFormErrors<TField> {
  return toProblemFieldErrors(problem, fields);
}

/** Every problem of the last attempt with its field's label, for the summary above the form. */
export function listPageFormMessages<TField extends string>(
  errors: TPageFormErrors<TField>,
  labels: Record<TField, string>,
): string[] {
  const placed = (Object.entries(errors.fieldErrors) as [TField, string | undefined][]).flatMap(([field, message]) =>
    message === undefined ? [] : [`${labels[field]}: ${message}`],
  );
  return [...placed, ...errors.otherMessages];
}
