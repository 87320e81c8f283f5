import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Amounts in euros in the UI language (German: 1.500,50 €; English: €1,500.50). */
export function useEuroFormat(): (amount: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === "en" ? "en-GB" : i18n.resolvedLanguage;
  return useMemo(() => {
    const format = new Intl.NumberFormat(language, { style: "currency", currency: "EUR" });
    return (amount: number) => format.format(amount);
  }, [language]);
}
