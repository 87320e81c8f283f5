/**
 * Nationalities (ISO 3166-1 alpha-2) and languages (ISO 639) as the person record holds them,
 * validated and named through the ICU data every browser and Node.js carry (Intl.DisplayNames),
 * so no code list has to be kept by hand.
 */

/** Not in ISO 3166: how German authorities record "staatenlos" and "ungeklärt". */
export const stateless = "XX";
export const nationalityUndetermined = "XU";

/** Region codes ICU names that are not a state one can be a citizen of. */
const notNationalities = new Set(["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AC", "CP", "DG", "EA", "IC", "TA"]);

/** Languages of newcomers that have no two-letter code: Kurdish varieties, Dari, Assyrian, Romani. */
const threeLetterLanguages = ["ckb", "kmr", "sdh", "prs", "aii", "syr", "rom", "fil", "hbs"];

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function displayNames(language: string, type: "region" | "language"): Intl.DisplayNames {
  return new Intl.DisplayNames([language], { type, fallback: "none" });
}

let nationalityList: string[] | undefined;
let languageList: string[] | undefined;

export function listNationalityCodes(): string[] {
  if (!nationalityList) {
    const names = displayNames("en", "region");
    const codes = [...letters].flatMap((first) => [...letters].map((second) => `${first}${second}`));
    nationalityList = [
      ...codes.filter((code) => !notNationalities.has(code) && names.of(code) !== undefined),
      stateless,
      nationalityUndetermined,
    ];
  }
  return nationalityList;
}

export function listLanguageCodes(): string[] {
  if (!languageList) {
    const names = displayNames("en", "language");
    const lower = letters.toLowerCase();
    const twoLetter = [...lower].flatMap((first) => [...lower].map((second) => `${first}${second}`));
    languageList = [...twoLetter, ...threeLetterLanguages].filter((code) => {
      const name = names.of(code);
      return name !== undefined && name !== code;
    });
  }
  return languageList;
}

export function isKnownNationality(code: string): boolean {
  return listNationalityCodes().includes(code);
}

export function isKnownLanguage(code: string): boolean {
  return listLanguageCodes().includes(code);
}

const specialNationalityNames: Record<string, { de: string; en: string }> = {
  [stateless]: { de: "staatenlos", en: "stateless" },
  [nationalityUndetermined]: { de: "ungeklärt", en: "undetermined" },
};

export function nationalityName(code: string, language: string): string {
  const special = specialNationalityNames[code];
  if (special) return special[language.startsWith("de") ? "de" : "en"];
  return displayNames(language, "region").of(code) ?? code;
}

export function languageName(code: string, language: string): string {
  return displayNames(language, "language").of(code) ?? code;
}
