/** What kind of place newcomers look for; the portal filters by it and schema.org types follow it. */
export const placeCategories = [
  "authority",
  "counselling_centre",
  "doctor_health",
  "hospital_emergency",
  "pharmacy",
  "kita",
  "school",
  "language_school",
  "job_centre",
  "library",
  "place_of_worship",
  "community_centre",
  "shop_food_bank",
  "sports",
  "other",
] as const;
export type TPlaceCategory = (typeof placeCategories)[number];

export const placeStatuses = ["draft", "published"] as const;
export type TPlaceStatus = (typeof placeStatuses)[number];

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export type TWeekday = (typeof weekdays)[number];
export type TOpeningSlot = { weekday: TWeekday; opens: string; closes: string };

/** Whether a place is open at a Berlin weekday and "HH:MM" time by its weekly slots (closes is exclusive). */
export function isOpenAt(slots: readonly TOpeningSlot[], weekday: number, time: string): boolean {
  return slots.some((slot) => slot.weekday === weekday && slot.opens <= time && time < slot.closes);
}

/** The Europe/Berlin weekday and "HH:MM" of an instant. */
export function berlinWeekdayAndTime(instant: Date): { weekday: number; time: string } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Berlin",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "";
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(part("weekday")) + 1;
  return { weekday, time: `${part("hour")}:${part("minute")}` };
}
