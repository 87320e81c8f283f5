import { type AnyColumn, and, inArray, or, type SQL, sql } from "drizzle-orm";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { searchedLanguagesOf, type TSearchWords, tsQueryOf } from "../../platform/search/text-search.js";

/** A text table's columns the search needs: the generated vector, the title (or name) and the language. */
export type TSearchableText = { searchVector: AnyColumn; title: AnyColumn; language: AnyColumn };

/**
 * Rows of a text table in the searched languages whose words match: the stemmed full-text match in
 * either language's configuration, or a title at least as similar as pg_trgm's
 * word_similarity_threshold (0.6) for typos ("Wohnugn" → "Wohnung"). One OR of index conditions.
 */
export function buildWordsMatch(text: TSearchableText, words: TSearchWords): SQL | undefined {
  const languages = searchedLanguagesOf(words);
  return and(
    or(
      ...languages.map((language) => sql`${text.searchVector} @@ ${tsQueryOf(words, language)}`),
      sql`${words.text} <% ${text.title}`,
    ),
    inArray(text.language, languages),
  );
}

/** Relevance of one text: ts_rank of the stemmed match plus the title's word similarity, as the offers rank. */
export function buildTextRank(
  text: Omit<TSearchableText, "language">,
  language: TContentLanguage,
  words: TSearchWords,
): SQL<number> {
  return sql<number>`ts_rank(${text.searchVector}, ${tsQueryOf(words, language)}) + word_similarity(${words.text}, ${text.title})`;
}

/**
 * The better rank of the German text and, where one exists, the text in the requested language:
 * an item is found by either and ranked by the closer one.
 */
export function buildBestRank(
  german: Omit<TSearchableText, "language">,
  wanted: Omit<TSearchableText, "language"> & { exists: SQL },
  language: TContentLanguage,
  words: TSearchWords,
): SQL<number> {
  const germanRank = buildTextRank(german, "de", words);
  if (language === "de") return germanRank;
  return sql<number>`greatest(${germanRank}, case when ${wanted.exists} then ${buildTextRank(wanted, language, words)} end)`;
}
