import { type SQL, sql } from "drizzle-orm";
import type { TOfferTextLanguage } from "../../../common/offers/offer.js";

/**
 * The PostgreSQL text search configuration of each offer text language: stemming and stop words
 * where PostgreSQL (and PGlite) ship a Snowball stemmer, "simple" (lower-cased words as written)
 * for Ukrainian, Persian, Bulgarian and Polish, which have none.
 */
export const textSearchConfigs = {
  de: "german",
  "de-x-easy": "german",
  en: "english",
  ru: "russian",
  ar: "arabic",
  tr: "turkish",
  ro: "romanian",
} as const satisfies Partial<Record<TOfferTextLanguage, string>>;

export function textSearchConfigOf(language: TOfferTextLanguage): string {
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
