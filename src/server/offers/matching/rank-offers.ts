import type { TMatchReason, TOfferMatch } from "../../../common/offers/match-schemas.js";
import { cefrLevels } from "../../../common/offers/offer.js";
import type { TCandidateOffer, TMatchProfile } from "./match-types.js";

/** Categories one attends regularly, where childcare decides whether the person can come at all. */
const attendedCategories = new Set(["language_course", "vocational_training", "job", "participation", "volunteering"]);
/** Courses that are hard to join once they have run for two weeks. */
const courseCategories = new Set(["language_course", "vocational_training"]);

const BASE_SCORE = 50;
const earthRadiusKm = 6371;
const radians = Math.PI / 180;

const reason = (
  criterion: TMatchReason["criterion"],
  code: TMatchReason["code"],
  effect: TMatchReason["effect"],
  params: TMatchReason["params"] = {},
): TMatchReason => ({ criterion, code, effect, params });

/** Great-circle distance in km (haversine). */
export function distanceKm(fromLat: number, fromLon: number, toLat: number, toLon: number): number {
  const dLat = (toLat - fromLat) * radians;
  const dLon = (toLon - fromLon) * radians;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(fromLat * radians) * Math.cos(toLat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.sqrt(a));
}

const levelName = (index: number | null) => (index === null || index < 0 ? "none" : (cefrLevels[index] ?? "none"));

type TEvaluation = { score: number; isExcluded: boolean; distanceKm: number | null };

/** The first pass stops at the first criterion that excludes: most offers of a district are out of reach. */
const EXCLUDED: TEvaluation = { score: 0, isExcluded: true, distanceKm: null };

function sharesSlot(slots: readonly string[], free: ReadonlySet<string>): boolean {
  for (const slot of slots) if (free.has(slot)) return true;
  return false;
}

/**
 * Weighs one offer for the person, criterion by criterion. With `reasons`, every finding is pushed
 * there; without, nothing is allocated (the first pass over thousands of offers only scores).
 */
function evaluate(profile: TMatchProfile, offer: TCandidateOffer, reasons: TMatchReason[] | null): TEvaluation {
  let score = BASE_SCORE;
  let isExcluded = false;
  reasons?.push(reason("need", "need_addressed", "plus"));

  if (offer.ageMin !== null || offer.ageMax !== null) {
    if (profile.age === null) reasons?.push(reason("eligibility", "age_unknown", "neutral"));
    else if (
      (offer.ageMin !== null && profile.age < offer.ageMin) ||
      (offer.ageMax !== null && profile.age > offer.ageMax)
    ) {
      if (!reasons) return EXCLUDED;
      isExcluded = true;
      reasons?.push(
        reason("eligibility", "age_outside", "excludes", {
          min: offer.ageMin ?? 0,
          max: offer.ageMax ?? "",
          age: profile.age,
        }),
      );
    }
  }
  if (
    offer.residenceCategories.length > 0 &&
    profile.residenceCategory !== null &&
    !offer.residenceCategories.includes(profile.residenceCategory)
  ) {
    if (!reasons) return EXCLUDED;
    isExcluded = true;
    reasons?.push(reason("eligibility", "residence_not_eligible", "excludes"));
  }
  if (
    offer.genderTarget !== "any" &&
    (profile.sex === "female" || profile.sex === "male") &&
    profile.sex !== offer.genderTarget
  ) {
    if (!reasons) return EXCLUDED;
    isExcluded = true;
    reasons?.push(reason("eligibility", "gender_not_eligible", "excludes", { target: offer.genderTarget }));
  }

  const level = profile.germanLevel;
  if (level !== null) {
    if (offer.minGermanLevel !== null && level < offer.minGermanLevel) {
      if (!reasons) return EXCLUDED;
      isExcluded = true;
      reasons?.push(
        reason("level", "level_too_low", "excludes", {
          required: levelName(offer.minGermanLevel),
          has: levelName(level),
        }),
      );
    } else if (offer.cefrFrom !== null && level < offer.cefrFrom - 1) {
      if (!reasons) return EXCLUDED;
      isExcluded = true;
      reasons?.push(
        reason("level", "level_too_low", "excludes", {
          required: levelName(offer.cefrFrom - 1),
          has: levelName(level),
        }),
      );
    } else if (offer.cefrTo !== null && level >= offer.cefrTo) {
      if (!reasons) return EXCLUDED;
      isExcluded = true;
      reasons?.push(
        reason("level", "level_reached", "excludes", { target: levelName(offer.cefrTo), has: levelName(level) }),
      );
    } else if (offer.cefrFrom !== null && offer.cefrTo !== null) {
      score += 5;
      reasons?.push(
        reason("level", "level_fits", "plus", {
          from: levelName(offer.cefrFrom),
          to: levelName(offer.cefrTo),
          has: levelName(level),
        }),
      );
    }
  }

  if (offer.category === "language_course") reasons?.push(reason("language", "language_course", "neutral"));
  else {
    let shared: string | undefined;
    for (const language of profile.languages) {
      if (offer.languages.includes(language)) {
        shared = language;
        break;
      }
    }
    if (shared !== undefined) {
      score += 15;
      reasons?.push(reason("language", "in_person_language", "plus", { language: shared }));
    } else if (level !== null && level < 1) {
      score -= 15;
      reasons?.push(reason("language", "german_only_low_level", "minus", { has: levelName(level) }));
    } else reasons?.push(reason("language", "german_only_fits", "neutral", { has: levelName(level) }));
  }

  let distance: number | null = null;
  if (offer.isOnline) {
    score += 10;
    reasons?.push(reason("distance", "online", "plus"));
  } else if (profile.home === null || offer.lat === null || offer.lon === null) {
    reasons?.push(reason("distance", "distance_unknown", "neutral"));
  } else {
    distance = distanceKm(profile.home.lat, profile.home.lon, offer.lat, offer.lon);
    const km = Math.round(distance);
    if (distance > profile.reachKm) {
      if (!reasons) return EXCLUDED;
      isExcluded = true;
      reasons?.push(reason("distance", "distance_too_far", "excludes", { km, maxKm: profile.reachKm }));
    } else {
      score += Math.round(15 * (1 - distance / Math.max(profile.reachKm, 1)));
      reasons?.push(reason("distance", "distance_within", "plus", { km, mode: profile.travelMode }));
    }
  }

  if (offer.timeSlots.length === 0 || profile.freeSlots === null) reasons?.push(reason("time", "time_open", "neutral"));
  else {
    const free = profile.freeSlots;
    if (sharesSlot(offer.timeSlots, free)) {
      score += 10;
      reasons?.push(
        reason("time", "time_fits", "plus", { slots: offer.timeSlots.filter((slot) => free.has(slot)).join(",") }),
      );
    } else {
      if (!reasons) return EXCLUDED;
      isExcluded = true;
      reasons?.push(reason("time", "time_mismatch", "excludes", { slots: offer.timeSlots.join(",") }));
    }
  }

  if (offer.endsDay !== null && offer.endsDay < profile.today) {
    if (!reasons) return EXCLUDED;
    isExcluded = true;
    reasons?.push(reason("start", "ended", "excludes"));
  } else if (offer.startsDay !== null && offer.startsDay >= profile.today) {
    const days = offer.startsDay - profile.today;
    if (days <= 28) score += 10;
    else if (days <= 84) score += 5;
    reasons?.push(reason("start", "starts_in", days <= 84 ? "plus" : "neutral", { days }));
  } else if (offer.startsDay !== null && courseCategories.has(offer.category) && profile.today - offer.startsDay > 14) {
    score -= 10;
    reasons?.push(reason("start", "started", "minus", { days: profile.today - offer.startsDay }));
  } else reasons?.push(reason("start", "ongoing", "neutral"));

  if (offer.freePlaces !== null) {
    if (offer.freePlaces <= 0) {
      if (!reasons) return EXCLUDED;
      isExcluded = true;
      reasons?.push(reason("places", "no_free_places", "excludes"));
    } else {
      score += 5;
      reasons?.push(reason("places", "free_places", "plus", { count: offer.freePlaces }));
    }
  }

  if (profile.needsChildcare && attendedCategories.has(offer.category)) {
    if (offer.hasChildcare) {
      score += 10;
      reasons?.push(reason("childcare", "childcare_offered", "plus"));
    } else {
      score -= 20;
      reasons?.push(reason("childcare", "childcare_missing", "minus"));
    }
  }
  return { score: Math.max(0, Math.min(100, score)), isExcluded, distanceKm: distance };
}

function toMatch(offer: TCandidateOffer, evaluation: TEvaluation, reasons: TMatchReason[]): TOfferMatch {
  return {
    offerId: offer.id,
    title: offer.title,
    providerId: offer.providerId,
    providerName: offer.providerName,
    category: offer.category,
    municipalityAgs: offer.municipalityAgs,
    isOnline: offer.isOnline,
    score: evaluation.score,
    distanceKm: evaluation.distanceKm === null ? null : Math.round(evaluation.distanceKm * 10) / 10,
    reasons,
  };
}

/** Best first: higher score, then nearer, then the title. */
function isBetter(a: { score: number; distance: number }, b: { score: number; distance: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.distance < b.distance);
}

export type TRanking = { matches: TOfferMatch[]; excluded: TOfferMatch[]; eligibleCount: number };

/** Whether any offer is eligible for the person: the batch's question, answered at the first one. */
export function hasEligibleOffer(profile: TMatchProfile, offers: readonly TCandidateOffer[]): boolean {
  for (const offer of offers) if (!evaluate(profile, offer, null).isExcluded) return true;
  return false;
}

/**
 * Ranks offers for a person: the best `limit` eligible offers with a reason per criterion, and — on
 * demand — up to `limit` excluded ones with the reasons that excluded them. A first pass scores every
 * offer without allocating; only the kept ones are evaluated again with their reasons.
 */
export function rankOffers(
  profile: TMatchProfile,
  offers: readonly TCandidateOffer[],
  options: { limit: number; includeExcluded: boolean },
): TRanking {
  const top: { index: number; score: number; distance: number }[] = [];
  const excludedIndexes: number[] = [];
  let eligibleCount = 0;
  for (let index = 0; index < offers.length; index++) {
    const offer = offers[index] as TCandidateOffer;
    const evaluation = evaluate(profile, offer, null);
    if (evaluation.isExcluded) {
      if (options.includeExcluded && excludedIndexes.length < options.limit) excludedIndexes.push(index);
      continue;
    }
    eligibleCount += 1;
    const entry = { index, score: evaluation.score, distance: evaluation.distanceKm ?? Number.POSITIVE_INFINITY };
    if (top.length < options.limit) {
      top.push(entry);
      top.sort((a, b) => (isBetter(a, b) ? -1 : isBetter(b, a) ? 1 : 0));
    } else if (isBetter(entry, top[top.length - 1] as (typeof top)[number])) {
      top[top.length - 1] = entry;
      top.sort((a, b) => (isBetter(a, b) ? -1 : isBetter(b, a) ? 1 : 0));
    }
  }
  const withReasons = (index: number) => {
    const offer = offers[index] as TCandidateOffer;
    const reasons: TMatchReason[] = [];
    return toMatch(offer, evaluate(profile, offer, reasons), reasons);
  };
  return {
    matches: top.map((entry) => withReasons(entry.index)),
    excluded: excludedIndexes.map(withReasons),
    eligibleCount,
  };
}
