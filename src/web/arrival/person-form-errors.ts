import type { TFunction } from "i18next";
import type { z } from "zod";
import type { TProblem } from "../../common/platform/problem.js";
import { toFieldPath, toProblemFieldErrors } from "../forms/problem-field-errors.js";
import { describeIssue } from "../forms/validation-messages.js";
import type { TPersonFormValues } from "./person-form-values.js";

/** Messages by form field ("familyName", "languages.1.level", …) and those no field can show. */
export type TPersonFormErrors = { fieldErrors: Partial<Record<string, string>>; otherMessages: string[] };

export const noPersonFormErrors: TPersonFormErrors = { fieldErrors: {}, otherMessages: [] };

const scalarFields = [
  "givenName",
  "familyName",
  "birthYear",
  "birthMonth",
  "birthDay",
  "sex",
  "arrivedInGermanyOn",
  "arrivedInMunicipalityOn",
  "residenceCategory",
  "permitExpiresOn",
  "municipalityAgs",
  "street",
  "postalCode",
  "phone",
  "email",
  "preferredChannel",
  "preferredLanguage",
  "purpose",
] as const;

/** Every field the form shows for these values: the scalar ones, each row's inputs, and each list as a whole. */
export function personFormFields(values: TPersonFormValues): string[] {
  return [
    ...scalarFields,
    "nationalities",
    "otherNames",
    ...values.otherNames.flatMap((_, index) =>
      ["kind", "script", "givenName", "familyName"].map((part) => `otherNames.${index}.${part}`),
    ),
    "languages",
    ...values.languages.flatMap((_, index) => [`languages.${index}.language`, `languages.${index}.level`]),
  ];
}

/** The row that repeats an earlier row's language, where "listed twice" belongs. */
function repeatedLanguageRow(values: TPersonFormValues): number {
  return values.languages.findIndex((row, index) =>
    values.languages.slice(0, index).some((earlier) => earlier.language === row.language),
  );
}

/**
 * Where a schema path (zod's, or the server's pointer below /body) shows its message: one
 * nationality of the multi-select at the select, an unknown language at its row's language, a
 * language listed twice at the repeating row.
 */
export function toPersonFormField(path: readonly PropertyKey[], values: TPersonFormValues): string {
  const [list, index] = path.map(String);
  if (list === "nationalities") return "nationalities";
  if (list === "languages" && path.length === 2) return `languages.${index}.language`;
  if (list === "languages" && path.length === 1) {
    const repeated = repeatedLanguageRow(values);
    return repeated === -1 ? "languages" : `languages.${repeated}.language`;
  }
  return path.map(String).join(".");
}

/** The first message per field of a failed ZPersonInput parse; issues no field can show are kept too. */
export function placeIssues(
  issues: readonly z.core.$ZodIssue[],
  values: TPersonFormValues,
  t: TFunction,
): TPersonFormErrors {
  const fields = personFormFields(values);
  const errors: TPersonFormErrors = { fieldErrors: {}, otherMessages: [] };
  for (const issue of issues) {
    const field = toPersonFormField(issue.path, values);
    if (!fields.includes(field)) errors.otherMessages.push(describeIssue(issue, t));
    else if (errors.fieldErrors[field] === undefined) errors.fieldErrors[field] = describeIssue(issue, t);
  }
  return errors;
}

/** The server's 422 field problems (pointers like /body/nationalities/1) on the same fields. */
export function placeProblem(problem: TProblem | undefined, values: TPersonFormValues): TPersonFormErrors {
  if (problem === undefined) return noPersonFormErrors;
  const errors = problem.errors?.map((error) => {
    const path = toFieldPath(error.pointer, "body");
    if (path === undefined) return error;
    const field = toPersonFormField(path.split("."), values);
    return { ...error, pointer: `/body/${field.replaceAll(".", "/")}` };
  });
  return toProblemFieldErrors({ ...problem, errors }, personFormFields(values));
}
