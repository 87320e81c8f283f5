import { and, eq, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { TOfferSearchQuery } from "../../../common/offers/offer-search-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { offers, offerTranslations } from "../offer-tables.js";
import { textSearchConfigOf } from "./text-search-config.js";

/** The place distances are measured from. */
export type TOrigin = { lat: number; lon: number };

const earthRadiusKm = 6371;
/** Plain German words widened one by one; more are rare in a search box and only lengthen the query. */
const maxGermanWords = 12;

/** The offer's place: its own coordinates, else its municipality's centre (as matching measures). */
export const offerLatitude = sql<number | null>`coalesce(${offers.latitude}, ${municipalities.latitude}::float8)`;
export const offerLongitude = sql<number | null>`coalesce(${offers.longitude}, ${municipalities.longitude}::float8)`;

/** Great-circle distance in km (haversine, the formula matching's distanceKm uses), null without a place. */
export function buildDistanceKm(origin: TOrigin): SQL<number | null> {
  const lat = sql`radians(${offerLatitude})`;
  const originLat = sql`radians(${origin.lat}::float8)`;
  const halfDeltaLat = sql`(${lat} - ${originLat}) / 2`;
  const halfDeltaLon = sql`(radians(${offerLongitude}) - radians(${origin.lon}::float8)) / 2`;
  const haversine = sql`sin(${halfDeltaLat}) ^ 2 + cos(${originLat}) * cos(${lat}) * sin(${halfDeltaLon}) ^ 2`;
  // Rounding can carry the term just above 1; least() would also turn a missing place (null) into 1.
  return sql<number | null>`2 * ${earthRadiusKm} * asin(sqrt(case when ${haversine} > 1 then 1 else ${haversine} end))`;
}

/** Published, and valid today: what the public and staff search show. */
export function buildPublishedAndValid(today: string): SQL | undefined {
  return and(
    eq(offers.status, "published"),
    or(isNull(offers.validFrom), lte(offers.validFrom, today)),
    or(isNull(offers.validUntil), gte(offers.validUntil, today)),
  );
}

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
function buildTsQuery(language: TOfferSearchQuery["lang"], words: string): SQL {
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
export type TSearchWords = { text: string; tsQueries: Partial<Record<TOfferSearchQuery["lang"], string>> };

/**
 * Builds the text search queries once, in their own small statement, for the search to take as
 * tsquery values: built inside the search, the stemming would run again for every row.
 */
export async function prepareSearchWords(
  executor: TDbExecutor,
  query: TOfferSearchQuery,
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

export function tsQueryOf(words: TSearchWords, language: TOfferSearchQuery["lang"]): SQL {
  return sql`${words.tsQueries[language] ?? ""}::tsquery`;
}

/**
 * Offers whose text in the requested language or in German matches the words: a stemmed full-text
 * match, or a title at least as similar as pg_trgm.word_similarity_threshold (default 0.6) for
 * typos. Written as one OR of index conditions, so the planner can answer it from both GIN indexes
 * (BitmapOr), with the languages as a filter after it. Each query is tried on both texts: a German
 * stem found in the other text still is a word of that same offer.
 */
export function buildTextMatch(words: TSearchWords): SQL {
  const languages = Object.keys(words.tsQueries) as TOfferSearchQuery["lang"][];
  const matches = or(
    ...languages.map((language) => sql`${offerTranslations.searchVector} @@ ${tsQueryOf(words, language)}`),
    sql`${words.text} <% ${offerTranslations.title}`,
  );
  return sql`${offers.id} in (select ${offerTranslations.offerId} from ${offerTranslations} where ${and(
    matches,
    inArray(offerTranslations.language, languages),
  )})`;
}

/** The filters of the query, each only when asked for. */
export function buildFilters(query: TOfferSearchQuery, distanceKm: SQL<number | null> | null): (SQL | undefined)[] {
  return [
    query.category ? eq(offers.category, query.category) : undefined,
    query.fieldOfAction ? sql`${query.fieldOfAction} = any(${offers.fieldsOfAction})` : undefined,
    query.municipality ? eq(offers.municipalityAgs, query.municipality) : undefined,
    query.language ? sql`${query.language} = any(${offers.languages})` : undefined,
    query.age === undefined
      ? undefined
      : and(
          or(isNull(offers.ageMin), lte(offers.ageMin, query.age)),
          or(isNull(offers.ageMax), gte(offers.ageMax, query.age)),
        ),
    query.residenceCategory
      ? sql`(cardinality(${offers.residenceCategories}) = 0 or ${query.residenceCategory} = any(${offers.residenceCategories}))`
      : undefined,
    query.gender ? sql`${offers.genderTarget} in ('any', ${query.gender})` : undefined,
    query.barrierFree ? eq(offers.isBarrierFree, true) : undefined,
    query.childcare ? eq(offers.hasChildcare, true) : undefined,
    query.hasFreePlaces ? sql`coalesce(${offers.freePlaces}, 1) > 0` : undefined,
    query.startsBefore ? or(isNull(offers.startsOn), lte(offers.startsOn, query.startsBefore)) : undefined,
    query.maxDistanceKm !== undefined && distanceKm
      ? or(eq(offers.isOnline, true), sql`${distanceKm} <= ${query.maxDistanceKm}`)
      : undefined,
  ];
}
