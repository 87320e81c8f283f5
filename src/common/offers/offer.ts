export const offerCategories = [
  "counselling",
  "language_course",
  "kita_school_support",
  "recognition_counselling",
  "vocational_training",
  "job",
  "health",
  "housing",
  "participation",
  "religious_interreligious",
  "volunteering",
] as const;
export type TOfferCategory = (typeof offerCategories)[number];

export const cefrLevels = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type TCefrLevel = (typeof cefrLevels)[number];

/**
 * Where an offer stands in the directory: a draft the provider still edits, waiting for review,
 * published (found by search, matching and the portal), or withdrawn by the provider or a reviewer.
 */
export const offerStatuses = ["draft", "in_review", "published", "withdrawn"] as const;
export type TOfferStatus = (typeof offerStatuses)[number];

/** A submitted version of an offer's content: waiting, taken over, sent back, or replaced by a newer one. */
export const offerRevisionStatuses = ["pending", "approved", "rejected", "superseded"] as const;
export type TOfferRevisionStatus = (typeof offerRevisionStatuses)[number];

/** How an offer runs: always open (a counselling desk), once, on recurring weekdays, or by appointment. */
export const offerScheduleKinds = ["ongoing", "one_time", "recurring", "by_appointment"] as const;
export type TOfferScheduleKind = (typeof offerScheduleKinds)[number];

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type TWeekday = (typeof weekdays)[number];

/** Parts of the day, the same words the first interview asks availability in (available_times). */
export const offerTimeSlots = ["mornings", "afternoons", "evenings", "weekends"] as const;
export type TOfferTimeSlot = (typeof offerTimeSlots)[number];

/** What taking part costs: nothing, nothing with a BAMF entitlement (otherwise a fee), a reduced fee, a fee. */
export const offerCostKinds = ["free", "free_with_entitlement", "reduced", "fee"] as const;
export type TOfferCostKind = (typeof offerCostKinds)[number];

/** Whom an offer is for by gender: everyone, or women or men only (e.g. a women's integration course). */
export const offerGenderTargets = ["any", "female", "male"] as const;
export type TOfferGenderTarget = (typeof offerGenderTargets)[number];

/** Languages an offer's title and description can be written in: the portal's languages. */
export const offerTextLanguages = ["de", "de-x-easy", "en", "uk", "ar", "tr", "ru", "fa", "ro", "bg", "pl"] as const;
export type TOfferTextLanguage = (typeof offerTextLanguages)[number];
