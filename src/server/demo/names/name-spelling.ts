import {
  feminizeCyrillicFamilyName,
  type TCyrillicLanguage,
  transliterateForPassport,
  transliterateGermanStyle,
} from "./cyrillic-transliteration.js";

/** ISO 15924 codes of the scripts the demo names are written in. */
export type TScript = "Latn" | "Cyrl" | "Arab" | "Ethi";

/** A name as it appears in the passport (Latin), in its original script, and as people also spell it. */
export type TSpelling = { latin: string; original: string | undefined; variants: readonly string[] };
export type TFamilySpelling = { male: TSpelling; female: TSpelling };
export type TNameLists = {
  script: TScript;
  male: readonly TSpelling[];
  female: readonly TSpelling[];
  family: readonly TFamilySpelling[];
};

/** Latin-script entries: the passport spelling first, then spellings people also use. */
export type TLatinEntry = readonly [latin: string, ...variants: string[]];
/** Entries in another script: the passport Latin spelling, the original, then further Latin spellings. */
export type TScriptEntry = readonly [latin: string, original: string, ...variants: string[]];
/** Cyrillic entries: the original only; both Latin spellings follow from transliteration. */
export type TCyrillicEntry = readonly [original: string, ...variants: string[]];

const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ł: "l", Ł: "L", ı: "i", ß: "ss", đ: "d", Đ: "D" };

/** Drops every diacritic: what a keyboard without the letter produces ("Wiśniewski" → "Wisniewski"). */
export function foldToAscii(text: string): string {
  return text
    .replace(/[łŁıßđĐ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/** The machine-readable zone of a passport writes umlauts as two letters ("Öztürk" → "Oeztuerk"). */
export function foldLikePassportZone(text: string): string {
  const umlauts: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" };
  return foldToAscii(text.replace(/[äöüÄÖÜ]/g, (letter) => umlauts[letter] ?? letter));
}

function distinctVariants(latin: string, candidates: readonly string[]): string[] {
  return [...new Set(candidates)].filter((candidate) => candidate !== "" && candidate !== latin);
}

export function spellLatin([latin, ...variants]: TLatinEntry): TSpelling {
  return {
    latin,
    original: undefined,
    variants: distinctVariants(latin, [...variants, foldToAscii(latin), foldLikePassportZone(latin)]),
  };
}

export function spellScript(
  [latin, original, ...variants]: TScriptEntry,
  deriveVariants: (latin: string) => readonly string[] = () => [],
): TSpelling {
  return { latin, original, variants: distinctVariants(latin, [...variants, ...deriveVariants(latin)]) };
}

export function spellCyrillic(language: TCyrillicLanguage, [original, ...variants]: TCyrillicEntry): TSpelling {
  const latin = transliterateForPassport(language, original);
  return {
    latin,
    original,
    variants: distinctVariants(latin, [...variants, transliterateGermanStyle(language, original)]),
  };
}

/** Family names that do not change with sex. */
export function forBothSexes(spelling: TSpelling): TFamilySpelling {
  return { male: spelling, female: spelling };
}

const LATIN_FEMALE_ENDINGS: readonly (readonly [string, string])[] = [
  ["skyi", "ska"],
  ["sky", "ska"],
  ["ski", "ska"],
  ["cki", "cka"],
  ["ov", "ova"],
  ["ow", "owa"],
  ["ev", "eva"],
  ["ew", "ewa"],
];

/** Slavic family names take a female ending ("Kowalski" → "Kowalska", "Iwanow" → "Iwanowa"). */
function feminizeLatinFamilyName(name: string): string {
  const match = LATIN_FEMALE_ENDINGS.find(([male]) => name.endsWith(male));
  return match ? name.slice(0, name.length - match[0].length) + match[1] : name;
}

export function spellCyrillicFamily(language: TCyrillicLanguage, entry: TCyrillicEntry): TFamilySpelling {
  const [original, ...variants] = entry;
  const femaleOriginal = feminizeCyrillicFamilyName(language, original);
  return {
    male: spellCyrillic(language, entry),
    female: spellCyrillic(language, [femaleOriginal, ...variants.map(feminizeLatinFamilyName)]),
  };
}

export function spellPolishFamily(entry: TLatinEntry): TFamilySpelling {
  const [latin, ...variants] = entry;
  return {
    male: spellLatin(entry),
    female: spellLatin([feminizeLatinFamilyName(latin), ...variants.map(feminizeLatinFamilyName)]),
  };
}

/** "Al-Ahmad" is also written "Al Ahmad", "Alahmad" or without the article. */
export function deriveArticleVariants(latin: string): string[] {
  const match = /^(Al|El)-(.+)$/.exec(latin);
  if (!match?.[1] || !match[2]) return [];
  const [, article, rest] = match;
  return [`${article} ${rest}`, `${article}${rest.toLowerCase()}`, rest];
}
