import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ApiError } from "../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../forms/validation-messages.js";
import { type TPlanWrite, usePlanWrite } from "./plan-queries.js";

/**
 * A plan dialog's submit: the shared zod schema checks first (messages in the UI language), then
 * the server's field problems land on the same fields. Other failures (409: changed meanwhile)
 * are shown above the form; the plan has been fetched again by then.
 */
export function usePlanForm<TField extends string>(personId: string, fields: readonly TField[], onDone: () => void) {
  const { t } = useTranslation();
  const write = usePlanWrite(personId);
  const [errors, setErrors] = useState<TFieldErrors<TField>>({});
  const [otherMessages, setOtherMessages] = useState<string[]>([]);

  function submit(schema: z.ZodType<object>, body: object, request: Omit<TPlanWrite, "body"> = {}) {
    const parsed = schema.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      setErrors(toIssueFieldErrors(parsed.error.issues, fields, t));
      return;
    }
    setErrors({});
    setOtherMessages([]);
    write.mutate(
      { ...request, body: parsed.data },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!(error instanceof ApiError && error.status === 422)) return;
          const placed = toProblemFieldErrors(error.problem, fields);
          setErrors(placed.fieldErrors);
          setOtherMessages(placed.otherMessages);
        },
      },
    );
  }

  const isFieldProblem = write.error instanceof ApiError && write.error.status === 422;
  return {
    submit,
    errors,
    /** A failure the fields cannot show (or field problems no field of the form has). */
    problem: write.error !== null && (!isFieldProblem || otherMessages.length > 0) ? write.error : null,
    otherMessages,
    isPending: write.isPending,
  };
}
