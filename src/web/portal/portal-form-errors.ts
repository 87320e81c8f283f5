import type { TFunction } from "i18next";
import type { z } from "zod";
import type { TProblem } from "../../common/platform/problem.js";
import { toFieldPath } from "../forms/problem-field-errors.js";
import { describeIssue } from "../forms/validation-messages.js";

/** Messages by form field ("name", "openingHours.2.closes", …) and those no field can show. */
export type TPortalFormErrors = { fieldErrors: Partial<Record<string, string>>; otherMessages: string[] };

export const noPortalFormErrors: TPortalFormErrors = { fieldErrors: {}, otherMessages: [] };

/** Where a schema path shows its message: the form's own mapping, else the dotted path. */
export type TFieldOf = (path: readonly string[]) => string;

const dotted: TFieldOf = (path) => path.join(".");

function add(errors: TPortalFormErrors, fields: readonly string[], field: string, message: string) {
  if (!fields.includes(field)) errors.otherMessages.push(message);
  else if (errors.fieldErrors[field] === undefined) errors.fieldErrors[field] = message;
  else errors.fieldErrors[field] = `${errors.fieldErrors[field]} ${message}`;
}

/** The messages of a failed parse at the fields the form shows; the rest for the summary. */
export function placeIssues(
  issues: readonly z.core.$ZodIssue[],
  fields: readonly string[],
  t: TFunction,
  fieldOf: TFieldOf = dotted,
): TPortalFormErrors {
  const errors: TPortalFormErrors = { fieldErrors: {}, otherMessages: [] };
  for (const issue of issues) {
    const field = fieldOf(issue.path.map(String));
    // The first rule a field breaks is the one to fix first.
    if (errors.fieldErrors[field] === undefined) add(errors, fields, field, describeIssue(issue, t));
  }
  return errors;
}

/** The server's 422 field problems (pointers such as /body/openingHours/1/closes) on the same fields. */
export function placeProblem(
  problem: TProblem | undefined,
  fields: readonly string[],
  fieldOf: TFieldOf = dotted,
): TPortalFormErrors {
  const errors: TPortalFormErrors = { fieldErrors: {}, otherMessages: [] };
  for (const error of problem?.errors ?? []) {
    const path = toFieldPath(error.pointer, "body");
    if (path === undefined) errors.otherMessages.push(error.detail);
    else add(errors, fields, fieldOf(path.split(".")), error.detail);
  }
  if (errors.otherMessages.length === 0 && Object.keys(errors.fieldErrors).length === 0 && problem?.detail) {
    errors.otherMessages.push(problem.detail);
  }
  return errors;
}

/** Errors without those of a field (and the fields below it), once the field changes. */
export function clearFieldErrors(errors: TPortalFormErrors, field: string): TPortalFormErrors {
  return {
    ...errors,
    fieldErrors: Object.fromEntries(
      Object.entries(errors.fieldErrors).filter(([key]) => key !== field && !key.startsWith(`${field}.`)),
    ),
  };
}
