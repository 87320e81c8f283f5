import {
  languageName,
  listLanguageCodes,
  listNationalityCodes,
  nationalityName,
} from "../../common/platform/iso-codes.js";

export type TOption = { value: string; label: string };

const cache = new Map<string, TOption[]>();

function sortedOptions(key: string, codes: string[], name: (code: string) => string, language: string): TOption[] {
  const cached = cache.get(key);
  if (cached) return cached;
  const collator = new Intl.Collator(language);
  const options = codes
    .map((code) => ({ value: code, label: name(code) }))
    .sort((first, second) => collator.compare(first.label, second.label));
  cache.set(key, options);
  return options;
}

/** Every nationality (ISO 3166-1, plus staatenlos and ungeklärt) named in the UI language, in alphabetical order. */
export function nationalityOptions(language: string): TOption[] {
  return sortedOptions(
    `nationalities-${language}`,
    listNationalityCodes(),
    (code) => nationalityName(code, language),
    language,
  );
}

/** Every language the person record accepts, named in the UI language, in alphabetical order. */
export function languageOptions(language: string): TOption[] {
  return sortedOptions(`languages-${language}`, listLanguageCodes(), (code) => languageName(code, language), language);
}
