import { useTranslation } from "react-i18next";
import { FailureAlert } from "../../ui/failure-alert.js";
import { FormErrorSummary } from "../../ui/form-error-summary.js";

/** Every problem of the last attempt above a page form, each with its field. */
export function PageErrorSummary({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  return (
    <FormErrorSummary title={t("portal.pages.form.errorSummary", { count: messages.length })} messages={messages} />
  );
}

/** A page's failed save: a version conflict offers the page's newer state, anything else is the problem. */
export function PageFailure({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  const conflict = {
    title: t("portal.pages.form.conflictTitle"),
    message: t("portal.pages.form.conflict"),
    reload: t("portal.pages.form.reload"),
  };
  return <FailureAlert failure={error} onReload={onReload} conflict={conflict} />;
}
