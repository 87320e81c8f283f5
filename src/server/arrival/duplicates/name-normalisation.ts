import { transliterate } from "transliteration";
import { memoise } from "./memoise.js";

/**
 * Runs of characters outside the Latin script. Spaces and punctuation (script "Common") stay out of the
 * runs, so Latin letters with diacritics ("Müller", "Łukasz") survive latinise untouched and
 * normaliseName can still spell umlauts the German way.
 */
const nonLatinRun = /[^\p{Script=Latin}\p{Script=Common}]+/gu;

/**
 * Corrections to the transliteration library's Arabic-script table: it writes the shadda (the doubling
 * mark) as "W" and the Persian kaf "ک" as "kh", which would put a wrong consonant into Dari and Pashto
 * names ("کریم" would become "khrym" instead of "krym").
 */
const arabicScriptFixes: Record<string, string> = { "\u0651": "", ک: "k" };

/**
 * Unicode NFKC (full-width letters, ligatures and compatibility forms become plain letters), then every
 * run of non-Latin script (Cyrillic, Arabic, Greek, …) transliterated to Latin. Latin text is unchanged.
 *
 * What the library produces: Cyrillic follows a Russian-style table for both Russian and Ukrainian:
 * "Олександр" → "Oleksandr", "Александр" → "Aleksandr", "Мохаммед" → "Mohammed", but Ukrainian "г" comes
 * out as "g" ("Ольга" → "Olga", the Ukrainian passport writes "Olha") and "и" as "i" ("Дмитро" →
 * "Dmitro", the passport writes "Dmytro"). Arabic script has no short vowels, so "محمد" → "mHmd",
 * "حسين" → "Hsyn"; the skeleton and phonetic keys, not the letters, have to bridge such differences.
 */
export function latinise(text: string): string {
  return text.normalize("NFKC").replace(nonLatinRun, (run) => transliterate(run, { replace: arabicScriptFixes }));
}

const germanLetters: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * The comparable form of a name: latinised, lower case, German umlauts as two letters (the way German
 * passports and the machine-readable zone write them), every other diacritic dropped, hyphens,
 * apostrophes and dots turned into spaces, everything but a–z removed.
 * "Müller-Lüdenscheidt" → "mueller luedenscheidt", "José O'Neill" → "jose o neill".
 */
function normaliseUncached(text: string): string {
  const lowerCase = latinise(text)
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => germanLetters[letter] ?? letter);
  // The library's Latin table strips what is left: é → e, ł → l, ø → o, æ → ae.
  return transliterate(lowerCase)
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—'’‘`´ʼ.]+/g, " ")
    .replace(/[^a-z ]/g, "")
    .replace(/ +/g, " ")
    .trim();
}

export const normaliseName = memoise(normaliseUncached);

/** The words of a normalised name, e.g. "Anna-Maria  Schmidt" → ["anna", "maria", "schmidt"]. */
export function nameTokens(text: string): string[] {
  return normaliseName(text)
    .split(" ")
    .filter((token) => token !== "");
}
