import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Number formats of the UI language (German: 361.550; English: 361,550). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const coordinate = new Intl.NumberFormat(language, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
    return {
      formatInteger: (value: number) => integer.format(value),
      formatCoordinate: (value: number) => coordinate.format(value),
    };
  }, [language]);
}
