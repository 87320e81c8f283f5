import { asc, eq } from "drizzle-orm";
import type { TOfferContent } from "../../../common/offers/offer-content-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { type offers, offerTranslations } from "../offer-tables.js";

type TOfferRow = typeof offers.$inferSelect;

/** The row's columns carry the content's field names; the texts live in offer_translations. */
export function toContentColumns(content: TOfferContent) {
  const { translations: _translations, ...columns } = content;
  return columns;
}

/** The content in force of an offer row and its texts (German first). */
export async function readOfferContent(executor: TDbExecutor, row: TOfferRow): Promise<TOfferContent> {
  const texts = await executor
    .select()
    .from(offerTranslations)
    .where(eq(offerTranslations.offerId, row.id))
    .orderBy(asc(offerTranslations.language));
  const translations = texts
    .map(({ language, title, description, prerequisites, costNote }) => ({
      language: language as TOfferContent["translations"][number]["language"],
      title,
      description,
      prerequisites,
      costNote,
    }))
    .sort((a, b) => Number(b.language === "de") - Number(a.language === "de"));
  return {
    category: row.category as TOfferContent["category"],
    fieldsOfAction: row.fieldsOfAction,
    courseType: row.courseType,
    cefrFrom: row.cefrFrom as TOfferContent["cefrFrom"],
    cefrTo: row.cefrTo as TOfferContent["cefrTo"],
    languages: row.languages,
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    residenceCategories: row.residenceCategories,
    genderTarget: row.genderTarget as TOfferContent["genderTarget"],
    minGermanLevel: row.minGermanLevel as TOfferContent["minGermanLevel"],
    isOnline: row.isOnline,
    municipalityAgs: row.municipalityAgs,
    street: row.street,
    postalCode: row.postalCode,
    city: row.city,
    latitude: row.latitude,
    longitude: row.longitude,
    scheduleKind: row.scheduleKind as TOfferContent["scheduleKind"],
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    weekdays: row.weekdays as TOfferContent["weekdays"],
    timeSlots: row.timeSlots as TOfferContent["timeSlots"],
    startTime: row.startTime,
    endTime: row.endTime,
    capacity: row.capacity,
    freePlaces: row.freePlaces,
    costKind: row.costKind as TOfferContent["costKind"],
    costAmountEur: row.costAmountEur,
    hasChildcare: row.hasChildcare,
    isBarrierFree: row.isBarrierFree,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    contactUrl: row.contactUrl,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    translations,
  };
}

/** Replaces an offer's texts with the content's, in the caller's transaction. */
export async function replaceOfferTexts(
  executor: TDbExecutor,
  offerId: string,
  translations: TOfferContent["translations"],
): Promise<void> {
  await executor.delete(offerTranslations).where(eq(offerTranslations.offerId, offerId));
  if (translations.length === 0) return;
  await executor.insert(offerTranslations).values(translations.map((text) => ({ offerId, ...text })));
}
