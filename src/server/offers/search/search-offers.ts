import { type AnyColumn, and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type {
  TOfferSearchQuery,
  TOfferSearchSort,
  TStaffOfferSearchItem,
  TStaffOfferSearchPage,
} from "../../../common/offers/offer-search-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { prepareSearchWords, type TSearchWords, tsQueryOf } from "../../platform/search/text-search.js";
import { offers, offerTranslations } from "../offer-tables.js";
import {
  buildDistanceKm,
  buildFilters,
  buildPublishedAndValid,
  buildTextMatch,
  type TOrigin,
} from "./search-conditions.js";

/** Which offers a search may see beyond "published and valid today": everything, or a provider's own. */
export type TOfferSearchScope = { reach: SQL; today: string };

const shown = alias(offerTranslations, "shown");
const german = alias(offerTranslations, "german");

async function resolveOrigin(executor: TDbExecutor, query: TOfferSearchQuery): Promise<TOrigin | null> {
  if (query.lat !== undefined && query.lon !== undefined) return { lat: query.lat, lon: query.lon };
  if (query.near === undefined) return null;
  const [place] = await executor
    .select({ lat: municipalities.latitude, lon: municipalities.longitude })
    .from(municipalities)
    .where(eq(municipalities.ags, query.near));
  if (!place) throw new FieldRuleViolation([{ pointer: "/querystring/near", code: "municipality_unknown" }]);
  return { lat: Number(place.lat), lon: Number(place.lon) };
}

function chooseSort(query: TOfferSearchQuery, origin: TOrigin | null): TOfferSearchSort {
  if (query.sort) return query.sort;
  if (query.q) return "relevance";
  return origin ? "distance" : "title";
}

/**
 * Rank of a text: ts_rank of the stemmed match (title A, description B) plus the title's word
 * similarity, so a typo that only trigrams catch still ranks by how close it is.
 */
function buildRank(
  table: { searchVector: AnyColumn; title: AnyColumn },
  language: TOfferSearchQuery["lang"],
  words: TSearchWords,
): SQL<number> {
  return sql<number>`ts_rank(${table.searchVector}, ${tsQueryOf(words, language)}) + word_similarity(${words.text}, ${table.title})`;
}

/**
 * The offer search: published offers valid today within the scope, matched by words in the requested
 * language or German, filtered, sorted and paged. Each offer is shown in the requested language when
 * it has a text in it, else in German, and says which.
 */
export async function searchOffers(
  executor: TDbExecutor,
  query: TOfferSearchQuery,
  scope: TOfferSearchScope,
): Promise<TStaffOfferSearchPage> {
  const [origin, words] = await Promise.all([resolveOrigin(executor, query), prepareSearchWords(executor, query)]);
  const sort = chooseSort(query, origin);
  const distanceKm = origin ? buildDistanceKm(origin) : null;
  const rank = words
    ? sql<number>`greatest(${buildRank(german, "de", words)}, ${
        query.lang === "de"
          ? sql`null`
          : sql`case when ${shown.offerId} is not null then ${buildRank(shown, query.lang, words)} end`
      })`
    : null;
  const where = and(
    scope.reach,
    buildPublishedAndValid(scope.today),
    words ? buildTextMatch(words) : undefined,
    ...buildFilters(query, distanceKm),
  );
  const title = sql<string>`coalesce(${shown.title}, ${german.title})`;
  const order: Record<TOfferSearchSort, SQL[]> = {
    relevance: rank ? [desc(rank)] : [],
    distance: distanceKm ? [sql`${distanceKm} asc nulls last`] : [],
    startDate: [sql`${offers.startsOn} asc nulls first`],
    title: [],
  };
  const [rows, [total]] = await Promise.all([
    executor
      .select({
        id: offers.id,
        providerId: offers.providerId,
        providerName: organisations.name,
        shownLanguage: shown.language,
        title,
        category: offers.category,
        fieldsOfAction: offers.fieldsOfAction,
        languages: offers.languages,
        isOnline: offers.isOnline,
        municipalityAgs: offers.municipalityAgs,
        municipalityName: municipalities.name,
        city: offers.city,
        distanceKm: distanceKm ?? sql<null>`null`,
        scheduleKind: offers.scheduleKind,
        startsOn: offers.startsOn,
        endsOn: offers.endsOn,
        capacity: offers.capacity,
        freePlaces: offers.freePlaces,
        costKind: offers.costKind,
        hasChildcare: offers.hasChildcare,
        isBarrierFree: offers.isBarrierFree,
        relevance: rank ?? sql<null>`null`,
      })
      .from(offers)
      .innerJoin(organisations, eq(organisations.id, offers.providerId))
      .innerJoin(german, and(eq(german.offerId, offers.id), eq(german.language, "de")))
      .leftJoin(shown, and(eq(shown.offerId, offers.id), eq(shown.language, query.lang)))
      .leftJoin(municipalities, eq(municipalities.ags, offers.municipalityAgs))
      .where(where)
      .orderBy(...order[sort], asc(title), asc(offers.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    executor
      .select({ value: count() })
      .from(offers)
      .leftJoin(municipalities, eq(municipalities.ags, offers.municipalityAgs))
      .where(where),
  ]);
  return {
    items: rows.map(({ shownLanguage, category, scheduleKind, costKind, distanceKm: distance, relevance, ...row }) => ({
      ...row,
      language: shownLanguage === null ? "de" : query.lang,
      category: category as TStaffOfferSearchItem["category"],
      scheduleKind: scheduleKind as TStaffOfferSearchItem["scheduleKind"],
      costKind: costKind as TStaffOfferSearchItem["costKind"],
      distanceKm: distance === null ? null : Math.round(Number(distance) * 10) / 10,
      relevance: relevance === null ? null : Math.round(Number(relevance) * 1000) / 1000,
    })),
    total: Number(total?.value ?? 0),
    page: query.page,
    pageSize: query.pageSize,
    sort,
  };
}
