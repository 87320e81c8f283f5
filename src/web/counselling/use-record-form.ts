import type { UseMutationResult } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ApiError } from "../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../forms/validation-messages.js";

/**
 * A dialog's submit for a record of the counselling file (task, appointment): the shared zod schema
 * checks first (messages in the UI language), then the server's field problems land on the same
 * fields. Other failures (409: changed meanwhile) are shown above the form.
 */
export function useRecordForm<TField extends string, TWrite>(
  write: UseMutationResult<unknown, Error, TWrite>,
  fields: readonly TField[],
  onDone: () => void,
) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<TFieldErrors<TField>>({});
  const [otherMessages, setOtherMessages] = useState<string[]>([]);

  function submit(schema: z.ZodType<object>, body: object, toWrite: (parsed: object) => TWrite) {
    const parsed = schema.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      setErrors(toIssueFieldErrors(parsed.error.issues, fields, t));
      return;
    }
    setErrors({});
    setOtherMessages([]);
    write.mutate(toWrite(parsed.data), {
      onSuccess: onDone,
      onError: (error) => {
        if (!(error instanceof ApiError && error.status === 422)) return;
        const placed = toProblemFieldErrors(error.problem, fields);
        setErrors(placed.fieldErrors);
        setOtherMessages(placed.otherMessages);
      },
    });
  }

  const isFieldProblem = write.error instanceof ApiError && write.error.status === 422;
  return {
    submit,
    errors,
    /** Client-side errors on fields the schema does not know (a date and time that do not exist). */
    setErrors,
    problem: write.error !== null && (!isFieldProblem || otherMessages.length > 0) ? write.error : null,
    otherMessages,
    isPending: write.isPending,
  };
}
