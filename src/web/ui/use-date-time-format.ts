import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Moments (ISO date-times) as day and time in Europe/Berlin, in the UI language (02.12.2026, 14:05). */
export function useDateTimeFormat(): (isoDateTime: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === "en" ? "en-GB" : i18n.resolvedLanguage;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "Europe/Berlin",
    });
    return (isoDateTime: string) => format.format(new Date(isoDateTime));
  }, [language]);
}
