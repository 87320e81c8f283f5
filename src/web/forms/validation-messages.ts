import type { TFunction } from "i18next";
import type { z } from "zod";
import { isFieldMessageCode, renderFieldMessage } from "../../common/platform/field-messages.js";
import { currentLanguage } from "../i18n/i18n.js";
import type { TFieldErrors } from "./problem-field-errors.js";

type TIssue = z.core.$ZodIssue;

function isEmpty(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && input.trim() === "");
}

/**
 * A zod issue as a sentence in the UI language. Parse with `{ reportInput: true }`: an empty field
 * then reads "required", whatever rule it broke first.
 */
export function describeIssue(issue: TIssue, t: TFunction): string {
  const fieldMessage: unknown = issue.code === "custom" ? issue.params?.fieldMessage : undefined;
  if (isFieldMessageCode(fieldMessage)) return renderFieldMessage(fieldMessage, currentLanguage());
  if (isEmpty(issue.input)) return t("validation.required");
  switch (issue.code) {
    case "invalid_format":
      return issue.format === "email" ? t("validation.email") : t("validation.format");
    case "too_small":
      return issue.origin === "string"
        ? t("validation.tooShort", { count: Number(issue.minimum) })
        : t("validation.tooSmall", { minimum: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string"
        ? t("validation.tooLong", { count: Number(issue.maximum) })
        : t("validation.tooBig", { maximum: Number(issue.maximum) });
    default:
      return t("validation.invalid");
  }
}

/** The first issue per form field, described; issues on other paths are left to the server's answer. */
export function toIssueFieldErrors<TField extends string>(
  issues: readonly TIssue[],
  fields: readonly TField[],
  t: TFunction,
): TFieldErrors<TField> {
  const errors: TFieldErrors<TField> = {};
  for (const issue of issues) {
    const field = fields.find((candidate) => candidate === issue.path.join("."));
    if (field !== undefined && errors[field] === undefined) errors[field] = describeIssue(issue, t);
  }
  return errors;
}
