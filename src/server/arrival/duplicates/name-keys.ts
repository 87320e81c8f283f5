import { colognePhonetic } from "cologne-phonetic";
import { doubleMetaphone } from "double-metaphone";
import { memoise } from "./memoise.js";
import { nameTokens, normaliseName } from "./name-normalisation.js";

/** Everything the duplicate search stores about a person's name; every array is deduplicated and sorted. */
export type TNameKeys = {
  normalisedGiven: string;
  normalisedFamily: string;
  tokens: string[];
  cologne: string[];
  skeleton: string[];
  metaphone: string[];
};

/** A token in its normalised form with the spaces taken out, so the keys accept raw input too. */
function compact(token: string): string {
  return normaliseName(token).replaceAll(" ", "");
}

/** Kölner Phonetik: built for German names (Müller/Mueller/Muller → "657", Meier/Mayer/Maier/Meyer → "67"). */
export const cologneKey = memoise((token: string): string => colognePhonetic(compact(token)));

/** The primary Double Metaphone code, tuned for English pronunciation ("Mohammed" → "MHMT"). */
export function metaphoneKey(token: string): string {
  return doubleMetaphone(compact(token))[0];
}

type TRewrite = readonly [pattern: RegExp, replacement: string];

/**
 * Rewrites applied in order. Lower-case letters are still letters; upper-case letters are sound classes
 * that later rules must not touch: G = the Arabic "gh" (غ, Ghassan is not Hassan), J = a consonantal j
 * or y ("Yusuf", "Djamal"), S = sh (ш, ж; German "sch"). A j or y inside a word is a vowel letter.
 */
const rewrites: readonly TRewrite[] = [
  // Word start: Ukrainian "Олекс-" is Russian "Алекс-" and "Олена" is "Елена"; an iotated e is written
  // ye, je, ie or just e (Yevhen, Jewgeni, Ievgen, Evgenij); a j or y before a vowel is a consonant
  // (Yusuf, Jusuf, Iuliia), and so are the English and German spellings of the Arabic j (Djamal, Dschafari).
  [/^ole(?=[kx])/, "ale"],
  [/^olen/, "elen"],
  [/^[ijy]e/, "e"],
  [/^(?:dsch|dzh|dsh|dj|[ijy])(?=[aeiou])/, "J"],
  [/dsch|dzh|dsh/g, "J"],
  // One class for every h-like sound: passports write х as "kh" (Ukraine, Russia) or "h" (Bulgaria),
  // German offices write it "ch"; ч is "ch" in passports and "tsch" in German; Ukrainian г is "h" in
  // passports and "g" in Russian and German spelling (Mikhail, Michail; Tkachenko, Tkatschenko; Olha, Olga).
  [/tsch|tch/g, "h"],
  [/sch|sh|zh|sz/g, "S"],
  [/ch|kh|cz/g, "h"],
  [/gh/g, "G"],
  [/g/g, "h"],
  [/ph/g, "f"],
  [/[td]h/g, "t"],
  [/ck|c|q/g, "k"],
  [/x/g, "ks"],
  // German spelling writes Russian з as "s" and ц as "z" (Morosow for Morozov, Krawez for Kravets).
  [/t[sz]|z/g, "s"],
  [/w/g, "v"],
  [/d/g, "t"],
  [/jj/g, "j"],
  // German spelling writes е after a vowel as "je" (Alexejew for Alekseev, Nikolajew for Nikolaev).
  [/(?<=[aeiou])je/g, "e"],
  // Russian ё and ю after a consonant: Artem, Artyom, Artjom; Liudmila, Ludmila.
  [/(?<=[^aeiouyj])[yj]o/g, "e"],
  [/(?<=[^aeiouyj])[ijy]u/g, "u"],
  // Western spellings add a vowel before a final r: Alexander, Aleksandar and Oleksandr; Peter and Petr.
  [/t+[ae]r$/, "tr"],
  // A final h after a vowel is silent (Fatimah, Sarah, Hamzah).
  [/(?<=[aeiouy])h$/, ""],
];

/**
 * The word-initial vowel keeps three classes: "a" (Amir, Ahmed), "e" for e, i and y, which Persian and
 * Arabic spellings swap (Ebrahim, Ibrahim; Esmail, Ismail) and "o" for o and u (Omar, Umar).
 */
function initialVowelClass(group: string): string {
  if (/^[ou]/.test(group)) return "o";
  return group.startsWith("a") ? "a" : "e";
}

/**
 * Later vowels keep only two classes, because Arabic short vowels and Slavic endings are written every
 * which way (Mohammed, Muhammad; Yusuf, Youssef): "i" for a group that mixes i, y or j with another
 * vowel (the "ei", "ai", "ey" of Hussein, Husain, Sergey; the "ia", "iya", "ija" of Natalia, Nataliya,
 * Natalija), "e" for anything else: Hassan; Tarek and Tariq; the "ii", "iy", "y" of Dmitrii, Dmitry.
 */
function laterVowelClass(group: string): string {
  return /[iyj]/.test(group) && /[aeou]/.test(group) ? "i" : "e";
}

/**
 * A transliteration-tolerant key for one name token: similar consonants fall into one class, doubled
 * letters count once and vowels keep only their position and a rough class.
 * Mohammed, Muhammad, Mohamed → "mehemet"; Oleksandr, Aleksandr, Alexander → "aleksentr";
 * Yusuf, Youssef, Jusuf → "Jesef"; Hussein, Husain → "hesin", but Hassan → "hesen".
 */
function skeletonUncached(token: string): string {
  const word = rewrites.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), compact(token));
  return word
    .replace(/([^aeiouyj])\1+/g, "$1")
    .replace(/[aeiouyj]+/g, (group, offset: number) =>
      offset === 0 ? initialVowelClass(group) : laterVowelClass(group),
    );
}

export const skeletonKey = memoise(skeletonUncached);

function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values)].filter((value) => value !== "").sort();
}

/**
 * The tokens a name contributes keys for: each word, and for a name part of several words also the
 * words written together, so "Al-Hassan" shares a key with "Alhassan".
 */
function keyedTokens(part: string): string[] {
  const tokens = nameTokens(part);
  return tokens.length > 1 ? [...tokens, tokens.join("")] : tokens;
}

/** All keys of one spelling of a name, ready for PostgreSQL text[] columns and the `&&` overlap operator. */
export function nameKeys(givenName: string, familyName: string): TNameKeys {
  const keyed = [...keyedTokens(givenName), ...keyedTokens(familyName)];
  return {
    normalisedGiven: normaliseName(givenName),
    normalisedFamily: normaliseName(familyName),
    tokens: distinctSorted([...nameTokens(givenName), ...nameTokens(familyName)]),
    cologne: distinctSorted(keyed.map(cologneKey)),
    skeleton: distinctSorted(keyed.map(skeletonKey)),
    metaphone: distinctSorted(keyed.map(metaphoneKey)),
  };
}
