import { and, eq, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { TOfferSearchQuery } from "../../../common/offers/offer-search-schemas.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { searchedLanguagesOf, type TSearchWords, tsQueryOf } from "../../platform/search/text-search.js";
import { offers, offerTranslations } from "../offer-tables.js";

/** The place distances are measured from. */
export type TOrigin = { lat: number; lon: number };

const earthRadiusKm = 6371;

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

/**
 * Offers whose text in the requested language or in German matches the words: a stemmed full-text
 * match, or a title at least as similar as pg_trgm.word_similarity_threshold (default 0.6) for
 * typos. Written as one OR of index conditions, so the planner can answer it from both GIN indexes
 * (BitmapOr), with the languages as a filter after it. Each query is tried on both texts: a German
 * stem found in the other text still is a word of that same offer.
 */
export function buildTextMatch(words: TSearchWords): SQL {
  const languages = searchedLanguagesOf(words);
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
