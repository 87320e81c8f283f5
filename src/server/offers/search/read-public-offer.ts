import { and, asc, eq } from "drizzle-orm";
import type { TOfferTextLanguage } from "../../../common/offers/offer.js";
import type { TPublicOffer } from "../../../common/offers/offer-search-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { offers, offerTranslations } from "../offer-tables.js";
import { buildPublishedAndValid } from "./search-conditions.js";

/**
 * One published offer valid today, for the portal, with its texts in the requested language or
 * German. Anything else — a draft, an expired or withdrawn offer, an unknown id — is 404 alike.
 */
export async function readPublicOffer(
  executor: TDbExecutor,
  id: string,
  language: TOfferTextLanguage,
  today: string,
): Promise<TPublicOffer> {
  const [row] = await executor
    .select({ offer: offers, providerName: organisations.name, municipalityName: municipalities.name })
    .from(offers)
    .innerJoin(organisations, eq(organisations.id, offers.providerId))
    .leftJoin(municipalities, eq(municipalities.ags, offers.municipalityAgs))
    .where(and(eq(offers.id, id), buildPublishedAndValid(today)));
  if (!row) throw new HttpProblem(404, "notFound");
  const texts = await executor
    .select({
      language: offerTranslations.language,
      title: offerTranslations.title,
      description: offerTranslations.description,
      prerequisites: offerTranslations.prerequisites,
      costNote: offerTranslations.costNote,
    })
    .from(offerTranslations)
    .where(eq(offerTranslations.offerId, id))
    .orderBy(asc(offerTranslations.language));
  const text = texts.find((entry) => entry.language === language) ?? texts.find((entry) => entry.language === "de");
  if (!text) throw new HttpProblem(404, "notFound");
  const { offer } = row;
  return {
    id: offer.id,
    language: text.language as TPublicOffer["language"],
    title: text.title,
    description: text.description,
    prerequisites: text.prerequisites,
    costNote: text.costNote,
    textLanguages: texts.map((entry) => entry.language as TPublicOffer["language"]),
    providerName: row.providerName,
    category: offer.category as TPublicOffer["category"],
    fieldsOfAction: offer.fieldsOfAction,
    courseType: offer.courseType,
    cefrFrom: offer.cefrFrom as TPublicOffer["cefrFrom"],
    cefrTo: offer.cefrTo as TPublicOffer["cefrTo"],
    minGermanLevel: offer.minGermanLevel as TPublicOffer["minGermanLevel"],
    languages: offer.languages,
    ageMin: offer.ageMin,
    ageMax: offer.ageMax,
    residenceCategories: offer.residenceCategories,
    genderTarget: offer.genderTarget as TPublicOffer["genderTarget"],
    isOnline: offer.isOnline,
    municipalityAgs: offer.municipalityAgs,
    municipalityName: row.municipalityName,
    street: offer.street,
    postalCode: offer.postalCode,
    city: offer.city,
    latitude: offer.latitude,
    longitude: offer.longitude,
    scheduleKind: offer.scheduleKind as TPublicOffer["scheduleKind"],
    startsOn: offer.startsOn,
    endsOn: offer.endsOn,
    weekdays: offer.weekdays as TPublicOffer["weekdays"],
    timeSlots: offer.timeSlots as TPublicOffer["timeSlots"],
    startTime: offer.startTime,
    endTime: offer.endTime,
    capacity: offer.capacity,
    freePlaces: offer.freePlaces,
    costKind: offer.costKind as TPublicOffer["costKind"],
    costAmountEur: offer.costAmountEur,
    hasChildcare: offer.hasChildcare,
    isBarrierFree: offer.isBarrierFree,
    contactName: offer.contactName,
    contactPhone: offer.contactPhone,
    contactEmail: offer.contactEmail,
    contactUrl: offer.contactUrl,
    validUntil: offer.validUntil,
  };
}
