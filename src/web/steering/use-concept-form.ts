import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ApiError } from "../api/api-errors.js";
import { describeIssue } from "../forms/validation-messages.js";
import {
  noConceptFormErrors,
  placeConceptMessages,
  problemMessages,
  type TConceptFormErrors,
  type TPlaceField,
} from "./concept-form-errors.js";
import { type TConceptWrite, useConceptWrite } from "./concept-queries.js";

/**
 * A concept dialog's submit: the shared zod schema checks first (messages in the UI language), then
 * the server's field problems land on the same fields. Other failures (409: changed meanwhile, the
 * period closed) are shown above the form.
 */
export function useConceptForm(
  periodId: string | undefined,
  placeField: TPlaceField,
  onDone: (answer: unknown) => void,
) {
  const { t } = useTranslation();
  const write = useConceptWrite(periodId);
  const [errors, setErrors] = useState<TConceptFormErrors>(noConceptFormErrors);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  async function submit<TSchema extends z.ZodType>(
    schema: TSchema,
    body: unknown,
    toWrite: (data: z.output<TSchema>) => TConceptWrite,
  ) {
    setFailure(null);
    setAttempt((current) => current + 1);
    const parsed = schema.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      const messages = parsed.error.issues.map((issue) => ({
        path: issue.path.join("."),
        message: describeIssue(issue, t),
      }));
      setErrors(placeConceptMessages(messages, placeField));
      return;
    }
    setErrors(noConceptFormErrors);
    try {
      onDone(await write.mutateAsync(toWrite(parsed.data)));
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && (error.problem?.errors?.length ?? 0) > 0) {
        setErrors(placeConceptMessages(problemMessages(error.problem), placeField));
      } else setFailure(error);
    }
  }

  /** A field edited again loses its message. */
  function clearError(field: string) {
    setErrors((current) => {
      if (current.fieldErrors[field] === undefined) return current;
      const { [field]: _removed, ...fieldErrors } = current.fieldErrors;
      return { ...current, fieldErrors };
    });
  }

  return { submit, errors, clearError, failure, attempt, isPending: write.isPending };
}
