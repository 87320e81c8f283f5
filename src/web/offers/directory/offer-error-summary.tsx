import { useTranslation } from "react-i18next";
import { languageName } from "../../../common/platform/iso-codes.js";
import { FormErrorSummary } from "../../ui/form-error-summary.js";
import type { TOfferFormErrors } from "./offer-form-errors.js";
import type { TOfferFormValues } from "./offer-form-values.js";
import type { TOfferLabels } from "./offer-labels.js";

type TOfferErrorSummaryProps = { errors: TOfferFormErrors; values: TOfferFormValues; labels: TOfferLabels };

/**
 * Every problem of the last attempt above the form, each with the field it belongs to, so a long
 * form's problems are found without scrolling through it; the fields show them as well.
 */
export function OfferErrorSummary({ errors, values, labels }: TOfferErrorSummaryProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.resolvedLanguage ?? "de";

  const fieldLabel = (key: string) => Object.entries(labels.fields).find(([field]) => field === key)?.[1] ?? key;

  function labelField(field: string): string {
    const [list, index, part] = field.split(".");
    if (list === "translations" && index !== undefined && part !== undefined) {
      const language = values.translations[Number(index)]?.language ?? "de";
      const languageLabel = language === "de-x-easy" ? labels.easyLanguage : languageName(language, uiLanguage);
      const partLabel = part === "language" ? t("offers.directory.form.textLanguage") : fieldLabel(part);
      return `${partLabel} (${languageLabel})`;
    }
    if (field === "translations") return t("offers.directory.form.sections.texts");
    return fieldLabel(field);
  }

  const entries = Object.entries(errors.fieldErrors).flatMap(([field, message]) =>
    message === undefined ? [] : [`${labelField(field)}: ${message}`],
  );
  const messages = [...entries, ...errors.otherMessages];
  return (
    <FormErrorSummary title={t("offers.directory.form.errorSummary", { count: messages.length })} messages={messages} />
  );
}
