import type { TProblem } from "../../common/platform/problem.js";
import { toFieldPath } from "../forms/problem-field-errors.js";

/** Messages by form field, and those no field of the form can show (for the summary). */
export type TConceptFormErrors = { fieldErrors: Record<string, string>; otherMessages: string[] };

export const noConceptFormErrors: TConceptFormErrors = { fieldErrors: {}, otherMessages: [] };

/** Which form field shows a message for a path of the request body ("targets.2.value"), if any. */
export type TPlaceField = (path: string) => string | undefined;

type TMessage = { path: string | undefined; message: string };

/** The first message per field; messages no field shows go to the summary. */
export function placeConceptMessages(messages: TMessage[], placeField: TPlaceField): TConceptFormErrors {
  const errors: TConceptFormErrors = { fieldErrors: {}, otherMessages: [] };
  for (const { path, message } of messages) {
    const field = path === undefined ? undefined : placeField(path);
    if (field === undefined) errors.otherMessages.push(message);
    else errors.fieldErrors[field] ??= message;
  }
  return errors;
}

/** The server's 422 field problems (pointers like /body/partnerOrganisationIds/1) as messages by path. */
export function problemMessages(problem: TProblem | undefined): TMessage[] {
  return (problem?.errors ?? []).map((error) => ({ path: toFieldPath(error.pointer, "body"), message: error.detail }));
}

/** Every problem of the last attempt with its field's label, for the summary above the form. */
export function listConceptFormMessages(errors: TConceptFormErrors, labels: Record<string, string>): string[] {
  const placed = Object.entries(errors.fieldErrors).map(([field, message]) => `${labels[field] ?? field}: ${message}`);
  return [...placed, ...errors.otherMessages];
}

/** Lists point at an entry (partnerOrganisationIds.1): the list's field shows it. */
export function placeByFirstSegment(fields: readonly string[]): TPlaceField {
  return (path) => {
    const exact = fields.find((field) => field === path);
    if (exact !== undefined) return exact;
    const first = path.split(".")[0];
    return fields.find((field) => field === first);
  };
}
