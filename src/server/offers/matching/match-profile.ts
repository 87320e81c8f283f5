import type { TAnswers } from "../../../common/counselling/questionnaire-schemas.js";
import { cefrLevels } from "../../../common/offers/offer.js";
import { ageOn } from "../../arrival/persons/person-age.js";
import type { TMatchProfile } from "./match-types.js";

/** What matching needs to know of a person's record (read through the person layer or the batch loader). */
export type TPersonFacts = {
  birthYear: number | null;
  birthMonth: number | null;
  birthDay: number | null;
  sex: string;
  residenceCategory: string | null;
  languages: readonly { language: string; level: string }[];
  home: { lat: number; lon: number } | null;
};

/** How far one gets without an answer on distance, by the best way of travel (km). */
const defaultReachKm: Record<string, number> = { car: 40, bus_train: 25, bicycle: 10, on_foot: 3, unknown: 25 };
const travelModesBestFirst = ["car", "bus_train", "bicycle", "on_foot"] as const;

const MS_PER_DAY = 86_400_000;
export const toDayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY;

/** "none" → -1, "A1" → 0 … "C2" → 5; "native" counts as C2; anything else unknown. */
function toLevelIndex(value: unknown): number | null {
  if (value === "none") return -1;
  if (value === "native") return cefrLevels.length - 1;
  const index = cefrLevels.indexOf(value as (typeof cefrLevels)[number]);
  return index < 0 ? null : index;
}

const stringsOf = (value: TAnswers[string] | undefined): string[] => (Array.isArray(value) ? value : []);

/**
 * The person as matching weighs them, from the record and the answers of their latest completed
 * first interview (which win where both say something: German level, residence status).
 */
export function buildMatchProfile(facts: TPersonFacts, answers: TAnswers | null, today: string): TMatchProfile {
  const given = answers ?? {};
  const mobility = stringsOf(given.mobility);
  const travelMode = travelModesBestFirst.find((mode) => mobility.includes(mode)) ?? "unknown";
  const answeredReach = typeof given.max_travel_km === "number" ? given.max_travel_km : null;
  const recordedGerman = facts.languages.find((entry) => entry.language === "de")?.level;
  const freeSlots = stringsOf(given.available_times);
  return {
    today: toDayNumber(today),
    age: ageOn(facts, today),
    sex: facts.sex === "female" || facts.sex === "male" ? facts.sex : null,
    residenceCategory:
      typeof given.residence_category === "string" ? given.residence_category : facts.residenceCategory,
    languages: facts.languages.map((entry) => entry.language).filter((language) => language !== "de"),
    germanLevel: toLevelIndex(given.german_level) ?? toLevelIndex(recordedGerman),
    home: facts.home,
    reachKm: answeredReach ?? defaultReachKm[travelMode] ?? 25,
    travelMode,
    freeSlots: answers && "available_times" in given ? new Set(freeSlots) : null,
    needsChildcare: given.childcare_constraint === true,
  };
}
