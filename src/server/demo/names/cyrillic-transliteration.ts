/**
 * Cyrillic to Latin as the passport authorities do it (Ukraine: KMU 2010; Russia: ICAO Doc 9303;
 * Bulgaria: the 2009 Streamlined System) and as German offices often did it before (Duden style).
 * The difference between the two is exactly the kind of spelling drift duplicate detection must see.
 */
export type TCyrillicLanguage = "uk" | "ru" | "bg";

type TContext = { beforePrevious: string; previous: string; next: string; isWordStart: boolean; isWordEnd: boolean };
type TRule = string | ((context: TContext) => string);
type TScheme = Readonly<Record<string, TRule>>;

const VOWELS = new Set([..."аеєиіїоуыэюяё"]);
const isLetter = (char: string) => /\p{L}/u.test(char);
const isVowel = (char: string) => VOWELS.has(char);

const initialOr =
  (initial: string, elsewhere: string): TRule =>
  ({ isWordStart }) =>
    isWordStart ? initial : elsewhere;

const commonLetters: TScheme = {
  а: "a",
  б: "b",
  д: "d",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  т: "t",
  у: "u",
  ф: "f",
  ь: "",
  "'": "",
  "’": "",
};

const passportSchemes: Readonly<Record<TCyrillicLanguage, TScheme>> = {
  uk: {
    ...commonLetters,
    в: "v",
    г: ({ previous }) => (previous === "з" ? "gh" : "h"),
    ґ: "g",
    е: "e",
    є: initialOr("ye", "ie"),
    ж: "zh",
    з: "z",
    и: "y",
    і: "i",
    ї: initialOr("yi", "i"),
    й: initialOr("y", "i"),
    с: "s",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ю: initialOr("yu", "iu"),
    я: initialOr("ya", "ia"),
  },
  ru: {
    ...commonLetters,
    в: "v",
    г: "g",
    е: "e",
    ё: "e",
    ж: "zh",
    з: "z",
    и: "i",
    й: "i",
    с: "s",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ъ: "ie",
    ы: "y",
    э: "e",
    ю: "iu",
    я: "ia",
  },
  bg: {
    ...commonLetters,
    в: "v",
    г: "g",
    е: "e",
    ж: "zh",
    з: "z",
    и: "i",
    й: "y",
    с: "s",
    х: "h",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "sht",
    ъ: "a",
    ь: "y",
    ю: "yu",
    я: ({ previous, isWordEnd }) => (previous === "и" && isWordEnd ? "a" : "ya"),
  },
};

/** German offices double an s between vowels so that it is not read as a voiced s. */
const germanS: TRule = ({ previous, next }) => (isVowel(previous) && isVowel(next) ? "ss" : "s");
const germanShortI: TRule = ({ previous, isWordEnd }) => {
  if (!isWordEnd) return "j";
  return previous === "и" || previous === "ы" ? "" : "i";
};
const germanIotated =
  (vowel: string): TRule =>
  ({ previous, isWordStart }) =>
    isWordStart || isVowel(previous) || previous === "ь" || previous === "ъ" ? `j${vowel}` : vowel;

const germanLetters: TScheme = {
  ...commonLetters,
  в: "w",
  ж: "sch",
  з: "s",
  с: germanS,
  х: "ch",
  ц: "z",
  ч: "tsch",
  ш: "sch",
  ю: "ju",
  я: "ja",
};

const germanSchemes: Readonly<Record<TCyrillicLanguage, TScheme>> = {
  uk: {
    ...germanLetters,
    г: "h",
    ґ: "g",
    е: "e",
    є: "je",
    и: "y",
    і: "i",
    ї: "ji",
    й: "j",
    щ: "schtsch",
  },
  ru: {
    ...germanLetters,
    г: "g",
    е: germanIotated("e"),
    ё: ({ previous }) => ("жчшщ".includes(previous) ? "o" : "jo"),
    и: "i",
    й: germanShortI,
    к: ({ next, isWordStart }) => (next === "с" && !isWordStart ? "x" : "k"),
    с: (context) => (context.previous === "к" && isLetter(context.beforePrevious) ? "" : germanS(context)),
    щ: "schtsch",
    ъ: "",
    ы: "y",
    э: "e",
  },
  bg: {
    ...germanLetters,
    г: "g",
    е: "e",
    и: "i",
    й: "j",
    щ: "scht",
    ъ: "a",
  },
};

function transliterate(scheme: TScheme, text: string): string {
  const lower = text.toLowerCase();
  let result = "";
  for (let index = 0; index < lower.length; index++) {
    const char = lower.charAt(index);
    const previous = lower.charAt(index - 1);
    const next = lower.charAt(index + 1);
    const rule = scheme[char];
    const beforePrevious = lower.charAt(index - 2);
    const context = { beforePrevious, previous, next, isWordStart: !isLetter(previous), isWordEnd: !isLetter(next) };
    const chunk = rule === undefined ? char : typeof rule === "string" ? rule : rule(context);
    const isUpper = text.charAt(index) !== char;
    result += isUpper ? chunk.charAt(0).toUpperCase() + chunk.slice(1) : chunk;
  }
  return result;
}

export function transliterateForPassport(language: TCyrillicLanguage, text: string): string {
  return transliterate(passportSchemes[language], text);
}

export function transliterateGermanStyle(language: TCyrillicLanguage, text: string): string {
  return transliterate(germanSchemes[language], text);
}

/** The female form of a family name, for the languages whose family names change with sex. */
export function feminizeCyrillicFamilyName(language: TCyrillicLanguage, name: string): string {
  const endings: Readonly<Record<TCyrillicLanguage, readonly (readonly [string, string])[]>> = {
    uk: [
      ["ський", "ська"],
      ["цький", "цька"],
      ["ов", "ова"],
      ["ев", "ева"],
      ["ін", "іна"],
      ["ин", "ина"],
    ],
    ru: [
      ["ский", "ская"],
      ["цкий", "цкая"],
      ["ов", "ова"],
      ["ев", "ева"],
      ["ёв", "ёва"],
      ["ин", "ина"],
      ["ын", "ына"],
    ],
    bg: [
      ["ски", "ска"],
      ["ов", "ова"],
      ["ев", "ева"],
    ],
  };
  const match = endings[language].find(([male]) => name.endsWith(male));
  return match ? name.slice(0, name.length - match[0].length) + match[1] : name;
}
