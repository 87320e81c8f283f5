import { and, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { cefrLevels } from "../../../common/offers/offer.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { offers, offerTranslations } from "../offer-tables.js";
import { toDayNumber } from "./match-profile.js";
import type { TCandidateOffer } from "./match-types.js";

const levelIndex = (level: string | null) =>
  level === null ? null : cefrLevels.indexOf(level as (typeof cefrLevels)[number]);

/**
 * The published offers valid today in the given categories, in one query, with the German title, the
 * provider's name and the place as coordinates (the offer's own, else its municipality's centre).
 */
export async function loadCandidateOffers(
  executor: TDbExecutor,
  categories: readonly string[],
  today: string,
): Promise<TCandidateOffer[]> {
  if (categories.length === 0) return [];
  const rows = await executor
    .select({
      id: offers.id,
      title: offerTranslations.title,
      providerId: offers.providerId,
      providerName: organisations.name,
      category: offers.category,
      courseType: offers.courseType,
      fieldsOfAction: offers.fieldsOfAction,
      cefrFrom: offers.cefrFrom,
      cefrTo: offers.cefrTo,
      minGermanLevel: offers.minGermanLevel,
      languages: offers.languages,
      ageMin: offers.ageMin,
      ageMax: offers.ageMax,
      residenceCategories: offers.residenceCategories,
      genderTarget: offers.genderTarget,
      isOnline: offers.isOnline,
      municipalityAgs: offers.municipalityAgs,
      lat: sql<number | null>`coalesce(${offers.latitude}, ${municipalities.latitude}::float8)`,
      lon: sql<number | null>`coalesce(${offers.longitude}, ${municipalities.longitude}::float8)`,
      startsOn: offers.startsOn,
      endsOn: offers.endsOn,
      timeSlots: offers.timeSlots,
      freePlaces: offers.freePlaces,
      hasChildcare: offers.hasChildcare,
    })
    .from(offers)
    .innerJoin(organisations, eq(organisations.id, offers.providerId))
    .innerJoin(offerTranslations, and(eq(offerTranslations.offerId, offers.id), eq(offerTranslations.language, "de")))
    .leftJoin(municipalities, eq(municipalities.ags, offers.municipalityAgs))
    .where(
      and(
        eq(offers.status, "published"),
        inArray(offers.category, [...categories]),
        or(isNull(offers.validFrom), lte(offers.validFrom, today)),
        or(isNull(offers.validUntil), gte(offers.validUntil, today)),
      ),
    )
    .orderBy(offerTranslations.title, offers.id);
  // An object literal per row gives every candidate one hidden class: the rows as the driver builds
  // them are slow to read in the ranking's hot loop (measured: 19 ms against 1 ms per 10,000 offers).
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    providerId: row.providerId,
    providerName: row.providerName,
    category: row.category,
    courseType: row.courseType,
    fieldsOfAction: row.fieldsOfAction,
    cefrFrom: levelIndex(row.cefrFrom),
    cefrTo: levelIndex(row.cefrTo),
    minGermanLevel: levelIndex(row.minGermanLevel),
    languages: row.languages,
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    residenceCategories: row.residenceCategories,
    genderTarget: row.genderTarget,
    isOnline: row.isOnline,
    municipalityAgs: row.municipalityAgs,
    lat: row.lat === null ? null : Number(row.lat),
    lon: row.lon === null ? null : Number(row.lon),
    startsDay: row.startsOn === null ? null : toDayNumber(row.startsOn),
    endsDay: row.endsOn === null ? null : toDayNumber(row.endsOn),
    timeSlots: row.timeSlots,
    freePlaces: row.freePlaces,
    hasChildcare: row.hasChildcare,
  }));
}
