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
