import type { TFunction } from "i18next";
import type { z } from "zod";
import type { TConsentPurpose } from "../../../common/arrival/consent.js";
import type { TProblem } from "../../../common/platform/problem.js";
import { toFieldPath } from "../../forms/problem-field-errors.js";
import { describeIssue } from "../../forms/validation-messages.js";

/** The dialog's fields: the notice, the moment, one choice per purpose, and the sharing recipients. */
export type TConsentField = "privacyNoticeId" | "givenAt" | "recipients" | `decision.${TConsentPurpose}`;

export type TConsentFormErrors = { fieldErrors: Partial<Record<TConsentField, string>>; otherMessages: string[] };

/**
 * Where a path of the request (zod's, or the server's pointer below /body) shows its message: a
 * decision's problem at its purpose's choice, a sharing recipient's at the recipients' selects. `sent`
 * are the purposes in the order the request listed them.
 */
function toConsentField(path: readonly string[], sent: readonly TConsentPurpose[]): TConsentField | undefined {
  const [first, index, key] = path;
  if (first === "privacyNoticeId" || first === "givenAt") return first;
  if (first !== "decisions") return undefined;
  const purpose = sent[Number(index)];
  if (purpose === undefined) return undefined;
  return purpose === "provider_sharing" && key?.startsWith("recipient") ? "recipients" : `decision.${purpose}`;
}

function place(errors: TConsentFormErrors, field: TConsentField | undefined, message: string): void {
  if (field === undefined) errors.otherMessages.push(message);
  else errors.fieldErrors[field] ??= message;
}

export function placeConsentIssues(
  issues: readonly z.core.$ZodIssue[],
  sent: readonly TConsentPurpose[],
  t: TFunction,
): TConsentFormErrors {
  const errors: TConsentFormErrors = { fieldErrors: {}, otherMessages: [] };
  for (const issue of issues) place(errors, toConsentField(issue.path.map(String), sent), describeIssue(issue, t));
  return errors;
}

export function placeConsentProblem(
  problem: TProblem | undefined,
  sent: readonly TConsentPurpose[],
): TConsentFormErrors {
  const errors: TConsentFormErrors = { fieldErrors: {}, otherMessages: [] };
  for (const error of problem?.errors ?? []) {
    const path = toFieldPath(error.pointer, "body");
    place(errors, path === undefined ? undefined : toConsentField(path.split("."), sent), error.detail);
  }
  return errors;
}
