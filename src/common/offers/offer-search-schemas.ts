import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import { offerCategories, offerCostKinds, offerScheduleKinds, offerTextLanguages } from "./offer.js";
import { offerContentFields } from "./offer-content-schemas.js";

/**
 * The offer search (issue 6): full text in the offer's language with typo tolerance, filters, sort
 * and paging. Staff search through GET /api/offers, the portal through GET /api/public/offers; both
 * take the same query and answer the same items (staff items add the provider's id).
 */

export const offerSearchSorts = ["relevance", "distance", "startDate", "title"] as const;
export type TOfferSearchSort = (typeof offerSearchSorts)[number];

/** A query-string flag: only "true" and "false" (z.coerce.boolean would read "false" as true). */
const ZQueryFlag = z.enum(["true", "false"]).transform((value) => value === "true");
const ZAgs = z.string().regex(/^\d{8}$/);
const ZCode = z.string().trim().min(1).max(40);

export const ZOfferSearchQuery = z
  .strictObject({
    /** Words in any order; "quoted phrases", -excluded and OR as in web search engines. */
    q: z
      .string()
      .trim()
      .max(200)
      .transform((value) => (value === "" ? undefined : value))
      .optional(),
    /** The language to search and show texts in; offers without a text in it are searched and shown in German. */
    lang: z.enum(offerTextLanguages).default("de"),
    category: z.enum(offerCategories).optional(),
    fieldOfAction: ZCode.optional(),
    /** Offers in this municipality (AGS). */
    municipality: ZAgs.optional(),
    /** The place distances are measured from: a municipality's centre (AGS), or lat and lon. */
    near: ZAgs.optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    /** Only offers at most this far from the place (online offers need no travel and stay). */
    maxDistanceKm: z.coerce.number().positive().max(1000).optional(),
    /** A language the offer is given in (ISO 639), not the language of its text. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
    /** For whom: a participant of this age, residence category and gender is admitted. */
    age: z.coerce.number().int().min(0).max(120).optional(),
    residenceCategory: ZCode.optional(),
    gender: z.enum(["female", "male"]).optional(),
    barrierFree: ZQueryFlag.optional(),
    childcare: ZQueryFlag.optional(),
    /** Not known to be full (an offer without a free-places figure counts as open, as in matching). */
    hasFreePlaces: ZQueryFlag.optional(),
    /** Starts on or before this day (offers without a start date — ongoing, by appointment — are open now). */
    startsBefore: z.iso.date().optional(),
    /** Default: relevance with words, else distance with a place, else title. */
    sort: z.enum(offerSearchSorts).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .superRefine((query, context) => {
    if ((query.lat === undefined) !== (query.lon === undefined)) {
      addFieldIssue(context, "search_coordinates_incomplete", [query.lat === undefined ? "lat" : "lon"], undefined);
    }
    if (query.near !== undefined && query.lat !== undefined) {
      addFieldIssue(context, "search_place_twice", ["near"], query.near);
    }
    const hasPlace = query.near !== undefined || query.lat !== undefined;
    if (!hasPlace && query.maxDistanceKm !== undefined) {
      addFieldIssue(context, "search_place_required", ["maxDistanceKm"], query.maxDistanceKm);
    }
    if (!hasPlace && query.sort === "distance") addFieldIssue(context, "search_place_required", ["sort"], query.sort);
  });
export type TOfferSearchQueryInput = z.input<typeof ZOfferSearchQuery>;
export type TOfferSearchQuery = z.output<typeof ZOfferSearchQuery>;

const ZTextLanguage = z.enum(offerTextLanguages);

/** One offer in the results: what a list shows, in the language actually used for its text. */
export const ZOfferSearchItem = z
  .object({
    id: z.uuid(),
    /** The language of title (and, in the detail, the texts): the requested one, else German. */
    language: ZTextLanguage,
    title: z.string(),
    providerName: z.string(),
    category: z.enum(offerCategories),
    fieldsOfAction: z.array(z.string()),
    /** Languages the offer is given in. */
    languages: z.array(z.string()),
    isOnline: z.boolean(),
    municipalityAgs: z.string().nullable(),
    municipalityName: z.string().nullable(),
    city: z.string().nullable(),
    /** From the place searched near, in km (one decimal); null without a place, or for an offer without one. */
    distanceKm: z.number().nullable(),
    scheduleKind: z.enum(offerScheduleKinds),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    capacity: z.number().int().nullable(),
    freePlaces: z.number().int().nullable(),
    costKind: z.enum(offerCostKinds),
    hasChildcare: z.boolean(),
    isBarrierFree: z.boolean(),
    /** Text rank plus title similarity; null without search words. */
    relevance: z.number().nullable(),
  })
  .meta({ id: "OfferSearchItem" });
export type TOfferSearchItem = z.infer<typeof ZOfferSearchItem>;

export const ZStaffOfferSearchItem = ZOfferSearchItem.extend({ providerId: z.uuid() }).meta({
  id: "StaffOfferSearchItem",
});
export type TStaffOfferSearchItem = z.infer<typeof ZStaffOfferSearchItem>;

const pageFields = {
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The sort applied (the default chosen when none was asked for). */
  sort: z.enum(offerSearchSorts),
};

export const ZOfferSearchPage = z.object({ items: z.array(ZOfferSearchItem), ...pageFields }).meta({
  id: "OfferSearchPage",
});
export type TOfferSearchPage = z.infer<typeof ZOfferSearchPage>;

export const ZStaffOfferSearchPage = z.object({ items: z.array(ZStaffOfferSearchItem), ...pageFields }).meta({
  id: "StaffOfferSearchPage",
});
export type TStaffOfferSearchPage = z.infer<typeof ZStaffOfferSearchPage>;

export const ZPublicOfferQuery = z.strictObject({ lang: z.enum(offerTextLanguages).default("de") });
export type TPublicOfferQuery = z.output<typeof ZPublicOfferQuery>;

const ZNullableText = z.string().nullable();

/**
 * A published offer as the portal shows it: what the provider states for participants, in one
 * language, and nothing internal (no status, version, review, provider id or timestamps).
 */
export const ZPublicOffer = ZOfferSearchItem.omit({ distanceKm: true, relevance: true })
  .extend({
    description: z.string(),
    prerequisites: ZNullableText,
    costNote: ZNullableText,
    /** The languages the offer's texts are written in. */
    textLanguages: z.array(ZTextLanguage),
    courseType: ZNullableText,
    cefrFrom: offerContentFields.cefrFrom,
    cefrTo: offerContentFields.cefrTo,
    minGermanLevel: offerContentFields.minGermanLevel,
    ageMin: z.number().int().nullable(),
    ageMax: z.number().int().nullable(),
    residenceCategories: z.array(z.string()),
    genderTarget: offerContentFields.genderTarget,
    street: ZNullableText,
    postalCode: ZNullableText,
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    weekdays: offerContentFields.weekdays,
    timeSlots: offerContentFields.timeSlots,
    startTime: ZNullableText,
    endTime: ZNullableText,
    costAmountEur: z.number().nullable(),
    contactName: ZNullableText,
    contactPhone: ZNullableText,
    contactEmail: ZNullableText,
    contactUrl: ZNullableText,
    validUntil: ZNullableText,
  })
  .meta({ id: "PublicOffer" });
export type TPublicOffer = z.infer<typeof ZPublicOffer>;
