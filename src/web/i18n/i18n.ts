import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import de from "../locales/de/translation.json";
import en from "../locales/en/translation.json";
import {
  defaultLanguage,
  isStaffLanguage,
  languageStorageKey,
  staffLanguages,
  type TStaffLanguage,
  toStaffLanguage,
} from "./languages.js";

export const resources = { de: { translation: de }, en: { translation: en } } as const;

/**
 * German unless the user chose otherwise (remembered in localStorage) or the browser asks for
 * English. Catalogues are bundled: two small files beat a request before the first paint.
 */
export async function initI18n() {
  await i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: staffLanguages,
      fallbackLng: defaultLanguage,
      load: "languageOnly",
      detection: {
        order: ["localStorage", "navigator"],
        lookupLocalStorage: languageStorageKey,
        caches: ["localStorage"],
        convertDetectedLanguage: (tag: string) => toStaffLanguage(tag) ?? tag,
      },
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
  return i18n;
}

/** The language the UI shows now; German before initialisation. */
export function currentLanguage(): TStaffLanguage {
  const language = i18n.resolvedLanguage;
  return isStaffLanguage(language) ? language : defaultLanguage;
}
