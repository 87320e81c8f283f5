import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../ui/form-error-summary.js";
import type { TPortalFormErrors } from "./portal-form-errors.js";

type TPortalErrorSummaryProps = { errors: TPortalFormErrors; labelField: (field: string) => string };

/** Every problem of the last attempt above the form, each with its field's label; the fields show them as well. */
export function PortalErrorSummary({ errors, labelField }: TPortalErrorSummaryProps) {
  const { t } = useTranslation();
  const entries = Object.entries(errors.fieldErrors).flatMap(([field, message]) =>
    message === undefined ? [] : [`${labelField(field)}: ${message}`],
  );
  const messages = [...entries, ...errors.otherMessages];
  return <FormErrorSummary title={t("portal.form.errorSummary", { count: messages.length })} messages={messages} />;
}
