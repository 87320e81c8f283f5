import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import type { TOfferTextLanguage } from "../../../common/offers/offer.js";
import {
  type TOfferSearchPage,
  type TOfferSearchQueryInput,
  type TPublicOffer,
  ZOfferSearchQuery,
} from "../../../common/offers/offer-search-schemas.js";
import { offers } from "../../offers/offer-tables.js";
import { readPublicOffer } from "../../offers/search/read-public-offer.js";
import { buildPublishedAndValid } from "../../offers/search/search-conditions.js";
import { searchOffers } from "../../offers/search/search-offers.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { municipalities, municipalUnits } from "../../platform/reference/reference-tables.js";
import type { TSearchWords } from "../../platform/search/text-search.js";
import { offerPath, uuidPattern } from "../public/view-parts.js";
import type { TKindSearch, TSearchHit } from "./search-hit.js";

const place = alias(municipalities, "offer_place");
const placeUnit = alias(municipalUnits, "offer_place_unit");
const portalUnit = alias(municipalUnits, "portal_unit");

/** What a unit's portal offers: the offers in any municipality of its district, and the online ones. */
function buildUnitOfferReach(executor: TDbExecutor, unitKey: string): SQL {
  const districtMunicipalities = executor
    .select({ ags: place.ags })
    .from(place)
    .innerJoin(placeUnit, eq(placeUnit.key, place.municipalUnitKey))
    .innerJoin(portalUnit, eq(portalUnit.districtAgs, placeUnit.districtAgs))
    .where(eq(portalUnit.key, unitKey));
  return sql`(${offers.isOnline} or ${inArray(offers.municipalityAgs, districtMunicipalities)})`;
}

/** The unit's largest municipality: the place offers are measured from when the newcomer gave none. */
async function findUnitCentre(executor: TDbExecutor, unitKey: string): Promise<string | undefined> {
  const [centre] = await executor
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .where(eq(municipalities.municipalUnitKey, unitKey))
    .orderBy(sql`${municipalities.population} desc`)
    .limit(1);
  return centre?.ags;
}

/**
 * The public offer search (GET /api/public/offers' logic) within a unit's portal: published offers
 * valid today in its district or online, nearest to the unit's largest municipality when no words rank them.
 */
export async function searchUnitOffers(
  executor: TDbExecutor,
  unitKey: string,
  input: Omit<TOfferSearchQueryInput, "near" | "lat" | "lon" | "municipality">,
  today = todayInBerlin(),
): Promise<TOfferSearchPage> {
  const near = await findUnitCentre(executor, unitKey);
  const query = ZOfferSearchQuery.parse({ ...input, ...(near ? { near } : {}) });
  const page = await searchOffers(executor, query, { reach: buildUnitOfferReach(executor, unitKey), today });
  return { ...page, items: page.items.map(({ providerId: _providerId, ...item }) => item) };
}

/** Offers as search hits: the provider and place as the detail line (the search reads no descriptions). */
export async function searchOfferHits(
  executor: TDbExecutor,
  words: TSearchWords,
  { unitKey, language, limit }: TKindSearch,
): Promise<TSearchHit[]> {
  const page = await searchUnitOffers(executor, unitKey, { q: words.text, lang: language, pageSize: limit });
  return page.items.map((item) => ({
    kind: "offer",
    id: item.id,
    title: item.title,
    snippet: "",
    detail: [item.providerName, item.city ?? item.municipalityName].filter(Boolean).join(" · "),
    url: offerPath(language, unitKey, item.id),
    language: item.language,
    relevance: item.relevance ?? 0,
  }));
}

/**
 * One published offer valid today within the unit's portal (its district or online), in the language
 * asked for or German; undefined for anything else, as the public offer API answers 404.
 */
export async function findUnitOffer(
  executor: TDbExecutor,
  unitKey: string,
  id: string,
  language: TOfferTextLanguage,
  today = todayInBerlin(),
): Promise<TPublicOffer | undefined> {
  if (!uuidPattern.test(id)) return undefined;
  const [inReach] = await executor
    .select({ id: offers.id })
    .from(offers)
    .where(and(eq(offers.id, id), buildUnitOfferReach(executor, unitKey)));
  if (!inReach) return undefined;
  try {
    return await readPublicOffer(executor, id, language, today);
  } catch (error) {
    if (error instanceof HttpProblem && error.statusCode === 404) return undefined;
    throw error;
  }
}

/** The ids of the offers a unit's portal shows today, for the sitemap. */
export async function listUnitOfferIds(executor: TDbExecutor, unitKey: string, today = todayInBerlin()) {
  const rows = await executor
    .select({ id: offers.id })
    .from(offers)
    .where(and(buildPublishedAndValid(today), buildUnitOfferReach(executor, unitKey)))
    .orderBy(offers.id);
  return rows.map((row) => row.id);
}
