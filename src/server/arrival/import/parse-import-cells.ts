/**
 * Cell text as the foreigners' authority writes it → the values of a person record. Each parser
 * answers a value or the code of the reason it cannot (import-reasons.ts); an empty cell is "not
 * known", never an error here (the record's own rules decide what is required).
 */
import type { TSex } from "../../../common/arrival/person.js";
import {
  listLanguageCodes,
  listNationalityCodes,
  nationalityUndetermined,
  stateless,
} from "../../../common/platform/iso-codes.js";

export type TParsed<T> = { value: T } | { problem: TCellProblem };

export type TCellProblem =
  | "date_unreadable"
  | "date_impossible"
  | "birth_date_unreadable"
  | "sex_unknown"
  | "nationality_unknown"
  | "language_unknown"
  | "municipality_unknown"
  | "residence_category_unknown";

/** Lower case without diacritics, ß as ss, only letters, digits and § kept: for matching words and headings. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("ß", "ss")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^a-z0-9§]/g, "");
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A day as ISO (YYYY-MM-DD): 31.12.2024, 1.2.2024, 2024-12-31 and Excel's 2024-12-31T00:00. */
export function parseDate(cell: string): TParsed<string | null> {
  if (cell === "") return { value: null };
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?$/.exec(cell);
  const parts = german
    ? [Number(german[3]), Number(german[2]), Number(german[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : undefined;
  if (!parts) return { problem: "date_unreadable" };
  const [year, month, day] = parts as [number, number, number];
  if (!isRealDate(year, month, day)) return { problem: "date_impossible" };
  return { value: `${year}-${pad(month)}-${pad(day)}` };
}

export type TBirthParts = { birthYear: number | null; birthMonth: number | null; birthDay: number | null };

const unknownPart = /^(0{1,2}|x{1,2}|\?{1,2})$/i;

/**
 * A date of birth, known to the day, the month or only the year, as authorities write it: 03.07.1990,
 * 07.1990 or 00.07.1990, 1990 or 00.00.1990 (XX for 00 too), 1990-07-03, 1990-07. An impossible day is
 * left for the record's rule (birth_date_impossible), so the message is the same as in the form.
 */
export function parseBirthDate(cell: string): TParsed<TBirthParts> {
  if (cell === "") return { value: { birthYear: null, birthMonth: null, birthDay: null } };
  const text = cell.replace(/T\d{2}:\d{2}(:\d{2})?$/, "");
  const parts = /^\d{4}$/.test(text)
    ? ["", "", text]
    : /^\d{4}-\d{2}(-\d{2})?$/.test(text)
      ? (() => {
          const [year, month, day = ""] = text.split("-") as [string, string, string?];
          return [day, month, year];
        })()
      : text.split(".");
  if (parts.length === 2) parts.unshift("");
  if (parts.length !== 3) return { problem: "birth_date_unreadable" };
  const [dayText, monthText, yearText] = parts as [string, string, string];
  if (!/^\d{4}$/.test(yearText)) return { problem: "birth_date_unreadable" };
  const readPart = (part: string): number | null | undefined =>
    part === "" || unknownPart.test(part) ? null : /^\d{1,2}$/.test(part) ? Number(part) : undefined;
  const day = readPart(dayText);
  const month = readPart(monthText);
  if (day === undefined || month === undefined) return { problem: "birth_date_unreadable" };
  if ((month !== null && month > 12) || (day !== null && day > 31)) return { problem: "birth_date_unreadable" };
  return { value: { birthYear: Number(yearText), birthMonth: month, birthDay: day } };
}

const sexWords: Record<string, TSex> = {
  m: "male",
  mannlich: "male",
  male: "male",
  mann: "male",
  w: "female",
  f: "female",
  weiblich: "female",
  female: "female",
  frau: "female",
  d: "diverse",
  x: "diverse",
  divers: "diverse",
  diverse: "diverse",
  u: "not_stated",
  unbekannt: "not_stated",
  ohneangabe: "not_stated",
  ka: "not_stated",
};

/** m/w/d/x as in German registers, the words, and English f/male/female. */
export function parseSex(cell: string): TParsed<TSex> {
  if (cell === "") return { value: "not_stated" };
  const sex = sexWords[foldText(cell)];
  return sex ? { value: sex } : { problem: "sex_unknown" };
}

function buildNameIndex(codes: readonly string[], type: "region" | "language"): Map<string, string> {
  const index = new Map<string, string>();
  for (const language of ["en", "de"]) {
    const names = new Intl.DisplayNames([language], { type, fallback: "none" });
    for (const code of codes) {
      const name = names.of(code);
      if (name) index.set(foldText(name), code);
    }
  }
  return index;
}

let nationalityIndex: Map<string, string> | undefined;
let languageIndex: Map<string, string> | undefined;

function findNationality(token: string): string | undefined {
  const codes = listNationalityCodes();
  if (/^[A-Za-z]{2}$/.test(token) && codes.includes(token.toUpperCase())) return token.toUpperCase();
  nationalityIndex ??= new Map([
    ...buildNameIndex(codes, "region"),
    ["staatenlos", stateless],
    ["stateless", stateless],
    ["ungeklart", nationalityUndetermined],
    ["ungeklaert", nationalityUndetermined],
  ]);
  return nationalityIndex.get(foldText(token));
}

/** One or more nationalities, as ISO codes (UA) or country names in German or English (Ukraine), split by , ; or /. */
export function parseNationalities(cell: string): TParsed<string[]> {
  const tokens = cell
    .split(/[,;/]/)
    .map((token) => token.trim())
    .filter(Boolean);
  const codes: string[] = [];
  for (const token of tokens) {
    const code = findNationality(token);
    if (!code) return { problem: "nationality_unknown" };
    if (!codes.includes(code)) codes.push(code);
  }
  return { value: codes };
}

/** A language as ISO 639 code (uk, prs) or its German or English name (Ukrainisch, Dari). */
export function parseLanguage(cell: string): TParsed<string | null> {
  if (cell === "") return { value: null };
  const codes = listLanguageCodes();
  if (codes.includes(cell.toLowerCase())) return { value: cell.toLowerCase() };
  languageIndex ??= buildNameIndex(codes, "language");
  const code = languageIndex.get(foldText(cell));
  return code ? { value: code } : { problem: "language_unknown" };
}

export type TMunicipalityIndex = { byAgs: Set<string>; byName: Map<string, string> };

/** The district's municipalities by AGS and by folded name ("Bad Essen" → badessen). */
export function buildMunicipalityIndex(rows: readonly { ags: string; name: string }[]): TMunicipalityIndex {
  return {
    byAgs: new Set(rows.map((row) => row.ags)),
    byName: new Map(rows.map((row) => [foldText(row.name), row.ags])),
  };
}

/** A municipality as its eight-digit AGS or its name, also "49565 Bramsche" or "Stadt Bramsche". */
export function parseMunicipality(cell: string, index: TMunicipalityIndex): TParsed<string | null> {
  if (cell === "") return { value: null };
  if (/^\d{8}$/.test(cell)) return index.byAgs.has(cell) ? { value: cell } : { problem: "municipality_unknown" };
  const name = cell.replace(/^\d{5}\s+/, "").replace(/^(Stadt|Gemeinde)\s+/i, "");
  const ags = index.byName.get(foldText(name));
  return ags ? { value: ags } : { problem: "municipality_unknown" };
}

export type TResidenceIndex = { byText: Map<string, string> };

/**
 * Words and legal bases of residence titles as they appear in the authority's lists, each to the
 * reference category it belongs to (residence-categories.csv). Checked after exact codes and names.
 */
const residenceKeywords: [string, string][] = [
  ["gestattung", "asyl_verfahren"],
  ["asylsuch", "asyl_verfahren"],
  ["§55asylg", "asyl_verfahren"],
  ["duldung", "duldung"],
  ["§60a", "duldung"],
  ["§24", "voruebergehender_schutz"],
  ["vorubergehend", "voruebergehender_schutz"],
  ["subsidiar", "subsidiaer"],
  ["abschiebungsverbot", "abschiebungsverbot"],
  ["§25abs3", "abschiebungsverbot"],
  ["fluchtling", "schutz_anerkannt"],
  ["asylberechtigt", "schutz_anerkannt"],
  ["§25abs1", "schutz_anerkannt"],
  ["niederlassung", "niederlassung"],
  ["daueraufenthalt", "niederlassung"],
  ["freizugig", "eu_freizuegigkeit"],
  ["familiennachzug", "familie"],
  ["studium", "studium_ausbildung"],
  ["ausbildung", "studium_ausbildung"],
  ["blauekarte", "fachkraft"],
  ["fachkraft", "fachkraft"],
  ["erwerbstatigkeit", "fachkraft"],
  ["spataussiedler", "spaetaussiedler"],
  ["eingeburgert", "eingebuergert"],
];

export function buildResidenceIndex(
  rows: readonly { code: string; nameDe: string; legalBasis: string | null }[],
): TResidenceIndex {
  const byText = new Map<string, string>();
  for (const row of rows) {
    byText.set(foldText(row.code), row.code);
    byText.set(foldText(row.nameDe), row.code);
  }
  return { byText };
}

/** A residence status as code, name, legal basis (§ 24 AufenthG) or a telling word (Duldung). */
export function parseResidenceCategory(cell: string, index: TResidenceIndex): TParsed<string | null> {
  if (cell === "") return { value: null };
  const folded = foldText(cell);
  const exact = index.byText.get(folded);
  if (exact) return { value: exact };
  const known = new Set(index.byText.values());
  const keyword = residenceKeywords.find(([word, code]) => folded.includes(word) && known.has(code));
  return keyword ? { value: keyword[1] } : { problem: "residence_category_unknown" };
}
