import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Dates in British order for English, so both languages read day, month, year (12.03.1988, 12/03/1988). */
function dateLocale(language: string | undefined): string | undefined {
  return language === "en" ? "en-GB" : language;
}

/** Number and date formats of the UI language (German: 361.550 and 12.03.1988; English: 361,550 and 12/03/1988). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const coordinate = new Intl.NumberFormat(language, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
    const date = new Intl.DateTimeFormat(dateLocale(language), {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "UTC",
    });
    return {
      formatInteger: (value: number) => integer.format(value),
      formatCoordinate: (value: number) => coordinate.format(value),
      /** A calendar date as the API sends it (YYYY-MM-DD), without any shift by time zone. */
      formatDate: (isoDate: string) => date.format(new Date(`${isoDate}T00:00:00Z`)),
    };
  }, [language]);
}
