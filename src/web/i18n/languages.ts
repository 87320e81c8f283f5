/** The languages of the staff app. The public portal speaks more; staff work in German or English. */
export const staffLanguages = ["de", "en"] as const;
export type TStaffLanguage = (typeof staffLanguages)[number];

export const defaultLanguage: TStaffLanguage = "de";

/** localStorage key under which the chosen language is remembered. */
export const languageStorageKey = "kommmit.language";

/**
 * Each language named in itself, never translated: a reader looks for their own language's name
 * (WCAG 3.1.2 — these labels carry their own lang attribute).
 */
export const languageEndonyms: Record<TStaffLanguage, string> = { de: "Deutsch", en: "English" };

export function isStaffLanguage(value: string | undefined): value is TStaffLanguage {
  return (staffLanguages as readonly (string | undefined)[]).includes(value);
}

/** The supported language for a detected tag such as "en-GB"; undefined when we do not speak it. */
export function toStaffLanguage(tag: string): TStaffLanguage | undefined {
  const base = tag.trim().toLowerCase().split("-")[0];
  return isStaffLanguage(base) ? base : undefined;
}
