import { type SQL, sql } from "drizzle-orm";
import { customType } from "drizzle-orm/pg-core";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import type { TDbExecutor } from "../db/database.js";

/**
 * Full-text search shared by the offer search and the portal search: the text search configuration
 * per content language, the generated column's configuration choice, and the search words as
 * tsquery values built once per request (docs/offers.md "Search", docs/portal.md "Search").
 */

export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The PostgreSQL text search configuration of each text language: stemming and stop words where
 * PostgreSQL (and PGlite) ship a Snowball stemmer, "simple" (lower-cased words as written) for
 * Ukrainian, Persian, Bulgarian and Polish, which have none.
 */
export const textSearchConfigs = {
  de: "german",
  "de-x-easy": "german",
  en: "english",
  ru: "russian",
  ar: "arabic",
  tr: "turkish",
  ro: "romanian",
} as const satisfies Partial<Record<TContentLanguage, string>>;

export function textSearchConfigOf(language: TContentLanguage): string {
  return language in textSearchConfigs ? textSearchConfigs[language as keyof typeof textSearchConfigs] : "simple";
}

/**
 * The configuration chosen by the row's language column, as SQL of constants only: a generated
 * column may use only immutable expressions, and 'german'::regconfig is resolved when parsed.
 */
export function buildTextSearchConfigCase(languageColumn: string): SQL {
  const branches = Object.entries(textSearchConfigs)
    .map(([language, config]) => `when '${language}' then '${config}'::regconfig`)
    .join(" ");
  return sql.raw(`case ${languageColumn} ${branches} else 'simple'::regconfig end`);
}

/** Plain German words widened one by one; more are rare in a search box and only lengthen the query. */
const maxGermanWords = 12;

/** Web-search syntax: a phrase in quotes, an excluded -word, or OR. */
const hasSearchSyntax = (words: string) => /["]|(^|\s)-\S|(^|\s)or(\s|$)/i.test(words);

/**
 * German Snowball stems "Sprachkurs" to "sprachkur" but "Sprachkurse" to "sprachkurs" (it strips one
 * suffix only), so a word also matches as its form with or without a final e: "Sprachkurse" finds
 * "Sprachkurs", and the other way round.
 */
function buildGermanWordQuery(config: string, word: string): SQL {
  const variant = /e$/i.test(word) ? word.slice(0, -1) : `${word}e`;
  return sql`(plainto_tsquery(${config}::regconfig, ${word}) || plainto_tsquery(${config}::regconfig, ${variant}))`;
}

/**
 * The search words as a text search query in a language's configuration. websearch_to_tsquery
 * never fails on user input: unbalanced quotes and stray operators are read as words. Plain words
 * in German are each widened by buildGermanWordQuery, all of them required.
 */
function buildTsQuery(language: TContentLanguage, words: string): SQL {
  const config = textSearchConfigOf(language);
  if (config !== "german" || hasSearchSyntax(words)) return sql`websearch_to_tsquery(${config}::regconfig, ${words})`;
  const parts = words
    .split(/\s+/)
    .filter((word) => word !== "")
    .slice(0, maxGermanWords);
  return sql`(${sql.join(
    parts.map((word) => buildGermanWordQuery(config, word)),
    sql` && `,
  )})`;
}

/** The search words with their text search query per language searched (German and the requested one). */
export type TSearchWords = { text: string; tsQueries: Partial<Record<TContentLanguage, string>> };

/**
 * Builds the text search queries once, in their own small statement, for the search to take as
 * tsquery values: built inside the search, the stemming would run again for every row.
 */
export async function prepareSearchWords(
  executor: TDbExecutor,
  query: { q?: string | undefined; lang: TContentLanguage },
): Promise<TSearchWords | undefined> {
  const text = query.q;
  if (!text) return undefined;
  const languages = [...new Set([query.lang, "de" as const])];
  const result = await executor.execute<Record<string, string>>(
    sql`select ${sql.join(
      languages.map((language, index) => sql`${buildTsQuery(language, text)}::text as ${sql.identifier(`q${index}`)}`),
      sql`, `,
    )}`,
  );
  const [row] = result.rows;
  return {
    text,
    tsQueries: Object.fromEntries(languages.map((language, index) => [language, row?.[`q${index}`] ?? ""])),
  };
}

export function tsQueryOf(words: TSearchWords, language: TContentLanguage): SQL {
  return sql`${words.tsQueries[language] ?? ""}::tsquery`;
}

/** The languages a search looks in: the requested one and German. */
export function searchedLanguagesOf(words: TSearchWords): TContentLanguage[] {
  return Object.keys(words.tsQueries) as TContentLanguage[];
}
