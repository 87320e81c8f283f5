import { useDirection } from "@mantine/core";
import { useLayoutEffect } from "react";
import { useTranslation } from "react-i18next";
import { defaultLanguage } from "./languages.js";

/**
 * Keeps <html lang dir> and Mantine's text direction in step with the UI language, so screen
 * readers pronounce correctly and a right-to-left language mirrors the layout.
 */
export function useDocumentLanguage() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const language = i18n.resolvedLanguage ?? defaultLanguage;
  useLayoutEffect(() => {
    const direction = i18n.dir(language);
    document.documentElement.lang = language;
    document.documentElement.dir = direction;
    setDirection(direction);
  }, [i18n, language, setDirection]);
}
