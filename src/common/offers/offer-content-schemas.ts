import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import { isKnownLanguage } from "../platform/iso-codes.js";
import {
  cefrLevels,
  offerCategories,
  offerCostKinds,
  offerGenderTargets,
  offerScheduleKinds,
  offerTextLanguages,
  offerTimeSlots,
  weekdays,
} from "./offer.js";

/** Optional text: null when not given; an empty string is no value. */
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable();

const ZIsoDate = z.iso.date();
/** A time of day as the schedule shows it, 00:00–23:59. */
const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const ZCode = z.string().trim().min(1).max(40);

/**
 * An offer's title and description in one language. The description may carry simple HTML
 * (paragraphs, lists, emphasis, links); the server sanitises it before it is stored.
 */
export const ZOfferTranslationInput = z.strictObject({
  language: z.enum(offerTextLanguages),
  title: z.string().trim().max(200),
  description: z.string().trim().max(10_000),
  /** What a participant must bring or have done, in words (the CEFR prerequisite is its own field). */
  prerequisites: ZOptionalText(1000).default(null),
  /** Cost and funding in words, e.g. "kostenlos mit Berechtigungsschein des BAMF". */
  costNote: ZOptionalText(500).default(null),
});
export type TOfferTranslationInput = z.infer<typeof ZOfferTranslationInput>;

/**
 * Everything a provider states about an offer (issue 6, the offers directory). The same shape is a
 * submitted revision's content, the published offer's content and the form's values; the rules
 * across fields are in checkOfferContent, codes that live in the database (fields of action,
 * course types, residence categories, municipalities) are checked by the server.
 */
export const offerContentFields = {
  category: z.enum(offerCategories),
  fieldsOfAction: z.array(ZCode).max(9),
  courseType: ZCode.nullable().default(null),
  cefrFrom: z.enum(cefrLevels).nullable().default(null),
  cefrTo: z.enum(cefrLevels).nullable().default(null),
  /** Languages the offer is given in (ISO 639), not the languages its text is written in. */
  languages: z.array(z.string().trim().min(2).max(3)).max(20),
  ageMin: z.number().int().min(0).max(120).nullable().default(null),
  ageMax: z.number().int().min(0).max(120).nullable().default(null),
  /** Residence categories the offer is open to; empty: everyone. */
  residenceCategories: z.array(ZCode).max(30).default([]),
  genderTarget: z.enum(offerGenderTargets).default("any"),
  /** The German level a participant needs at least (e.g. B1 for a vocational course). */
  minGermanLevel: z.enum(cefrLevels).nullable().default(null),
  isOnline: z.boolean().default(false),
  municipalityAgs: z.string().trim().length(8).nullable().default(null),
  street: ZOptionalText(200).default(null),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/)
    .nullable()
    .default(null),
  city: ZOptionalText(100).default(null),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  scheduleKind: z.enum(offerScheduleKinds).default("ongoing"),
  startsOn: ZIsoDate.nullable().default(null),
  endsOn: ZIsoDate.nullable().default(null),
  weekdays: z.array(z.enum(weekdays)).max(7).default([]),
  timeSlots: z.array(z.enum(offerTimeSlots)).max(4).default([]),
  startTime: ZClockTime.nullable().default(null),
  endTime: ZClockTime.nullable().default(null),
  capacity: z.number().int().max(100_000).nullable().default(null),
  freePlaces: z.number().int().max(100_000).nullable().default(null),
  costKind: z.enum(offerCostKinds).default("free"),
  costAmountEur: z.number().min(0).max(100_000).nullable().default(null),
  hasChildcare: z.boolean().default(false),
  isBarrierFree: z.boolean().default(false),
  contactName: ZOptionalText(200).default(null),
  contactPhone: ZOptionalText(50).default(null),
  contactEmail: z.email().max(254).nullable().default(null),
  contactUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  validFrom: ZIsoDate.nullable().default(null),
  validUntil: ZIsoDate.nullable().default(null),
  translations: z.array(ZOfferTranslationInput).max(offerTextLanguages.length),
};

const ZOfferContentFields = z.strictObject(offerContentFields);
type TOfferContentFields = z.output<typeof ZOfferContentFields>;

const levelIndex = (level: string) => cefrLevels.indexOf(level as (typeof cefrLevels)[number]);

function checkTexts(value: TOfferContentFields, context: z.core.$RefinementCtx) {
  const seen = new Set<string>();
  value.translations.forEach((translation, index) => {
    if (seen.has(translation.language)) {
      addFieldIssue(context, "offer_translation_duplicate", ["translations", index, "language"], translation.language);
    }
    seen.add(translation.language);
    if (translation.title === "") addFieldIssue(context, "offer_title_required", ["translations", index, "title"], "");
    if (translation.description === "") {
      addFieldIssue(context, "offer_description_required", ["translations", index, "description"], "");
    }
  });
  if (!seen.has("de")) addFieldIssue(context, "offer_german_text_required", ["translations"], value.translations);
}

function checkSchedule(value: TOfferContentFields, context: z.core.$RefinementCtx) {
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
    addFieldIssue(context, "offer_ends_before_start", ["endsOn"], value.endsOn);
  }
  if (value.startTime && value.endTime && value.endTime <= value.startTime) {
    addFieldIssue(context, "offer_end_time_before_start", ["endTime"], value.endTime);
  }
  if ((value.startTime === null) !== (value.endTime === null)) {
    addFieldIssue(context, "offer_time_incomplete", [value.startTime === null ? "startTime" : "endTime"], null);
  }
  if (value.scheduleKind === "one_time" && value.startsOn === null) {
    addFieldIssue(context, "offer_start_required", ["startsOn"], null);
  }
  if (value.scheduleKind === "recurring" && value.weekdays.length === 0) {
    addFieldIssue(context, "offer_weekdays_required", ["weekdays"], value.weekdays);
  }
  if (value.validFrom && value.validUntil && value.validUntil < value.validFrom) {
    addFieldIssue(context, "offer_valid_until_before_from", ["validUntil"], value.validUntil);
  }
}

function checkAudienceAndPlace(value: TOfferContentFields, context: z.core.$RefinementCtx) {
  if (value.fieldsOfAction.length === 0) {
    addFieldIssue(context, "offer_field_of_action_required", ["fieldsOfAction"], value.fieldsOfAction);
  }
  if (value.languages.length === 0) addFieldIssue(context, "offer_language_required", ["languages"], value.languages);
  value.languages.forEach((language, index) => {
    if (!isKnownLanguage(language)) addFieldIssue(context, "language_unknown", ["languages", index], language);
  });
  if (value.cefrFrom && value.cefrTo && levelIndex(value.cefrTo) < levelIndex(value.cefrFrom)) {
    addFieldIssue(context, "offer_cefr_to_below_from", ["cefrTo"], value.cefrTo);
  }
  if (value.ageMin !== null && value.ageMax !== null && value.ageMax < value.ageMin) {
    addFieldIssue(context, "offer_age_max_below_min", ["ageMax"], value.ageMax);
  }
  if (!value.isOnline && value.municipalityAgs === null) {
    addFieldIssue(context, "offer_place_required", ["municipalityAgs"], null);
  }
  if ((value.latitude === null) !== (value.longitude === null)) {
    addFieldIssue(context, "offer_coordinates_incomplete", [value.latitude === null ? "latitude" : "longitude"], null);
  }
}

function checkCapacityAndCost(value: TOfferContentFields, context: z.core.$RefinementCtx) {
  if (value.capacity !== null && value.capacity < 0) {
    addFieldIssue(context, "offer_capacity_negative", ["capacity"], value.capacity);
  }
  if (value.freePlaces !== null && value.freePlaces < 0) {
    addFieldIssue(context, "offer_free_places_negative", ["freePlaces"], value.freePlaces);
  }
  if (value.freePlaces !== null && value.capacity !== null && value.freePlaces > value.capacity) {
    addFieldIssue(context, "offer_free_places_over_capacity", ["freePlaces"], value.freePlaces);
  }
  if (value.freePlaces !== null && value.capacity === null) {
    addFieldIssue(context, "offer_capacity_required", ["capacity"], null);
  }
  if ((value.costKind === "fee" || value.costKind === "reduced") && value.costAmountEur === null) {
    addFieldIssue(context, "offer_cost_amount_required", ["costAmountEur"], null);
  }
}

/** The rules across an offer's fields, each reported at its field. */
export function checkOfferContent(value: TOfferContentFields, context: z.core.$RefinementCtx): void {
  checkTexts(value, context);
  checkSchedule(value, context);
  checkAudienceAndPlace(value, context);
  checkCapacityAndCost(value, context);
}

export const ZOfferContent = ZOfferContentFields.superRefine(checkOfferContent);
export type TOfferContentInput = z.input<typeof ZOfferContent>;
export type TOfferContent = z.output<typeof ZOfferContent>;
