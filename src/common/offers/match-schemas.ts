import { z } from "zod";
import { needPriorities } from "../counselling/assessment-schemas.js";
import { ZText } from "../counselling/questionnaire-schemas.js";

/** The criteria an offer is weighed by for a person, each with its own reason. */
export const matchCriteria = [
  "need",
  "eligibility",
  "level",
  "language",
  "distance",
  "time",
  "start",
  "places",
  "childcare",
] as const;
export type TMatchCriterion = (typeof matchCriteria)[number];

/**
 * What one criterion found: its code names the finding (rendered by match-reason-texts.ts), params
 * carry the figures. `excludes` takes the offer out of the ranking (shown among the excluded on demand).
 */
export const matchReasonCodes = [
  "need_addressed",
  "age_outside",
  "age_unknown",
  "residence_not_eligible",
  "gender_not_eligible",
  "level_too_low",
  "level_reached",
  "level_fits",
  "in_person_language",
  "german_only_fits",
  "german_only_low_level",
  "language_course",
  "online",
  "distance_within",
  "distance_too_far",
  "distance_unknown",
  "time_fits",
  "time_mismatch",
  "time_open",
  "starts_in",
  "started",
  "ended",
  "ongoing",
  "free_places",
  "no_free_places",
  "childcare_offered",
  "childcare_missing",
] as const;
export type TMatchReasonCode = (typeof matchReasonCodes)[number];

export const matchReasonEffects = ["plus", "minus", "neutral", "excludes"] as const;
export type TMatchReasonEffect = (typeof matchReasonEffects)[number];

export const ZMatchReason = z.object({
  criterion: z.enum(matchCriteria),
  code: z.enum(matchReasonCodes),
  effect: z.enum(matchReasonEffects),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type TMatchReason = z.infer<typeof ZMatchReason>;

export const ZOfferMatch = z.object({
  offerId: z.uuid(),
  title: z.string(),
  providerId: z.uuid(),
  providerName: z.string(),
  category: z.string(),
  municipalityAgs: z.string().nullable(),
  isOnline: z.boolean(),
  /** 0–100; excluded offers keep the score they would have had. */
  score: z.number(),
  distanceKm: z.number().nullable(),
  reasons: z.array(ZMatchReason),
});
export type TOfferMatch = z.infer<typeof ZOfferMatch>;

export const ZNeedMatches = z.object({
  need: z.object({
    id: z.uuid(),
    code: z.string(),
    fieldOfAction: z.string(),
    priority: z.enum(needPriorities),
    reason: ZText,
  }),
  matches: z.array(ZOfferMatch),
  /** Only with includeExcluded: offers of the need's kind that a criterion rules out. */
  excluded: z.array(ZOfferMatch),
  /** No suitable offer within reach: recorded as an unmet need for steering. */
  isUnmet: z.boolean(),
});
export type TNeedMatches = z.infer<typeof ZNeedMatches>;

export const ZPersonMatches = z.object({
  assessmentId: z.uuid().nullable(),
  items: z.array(ZNeedMatches),
});
export type TPersonMatches = z.infer<typeof ZPersonMatches>;

export const ZPersonMatchesQuery = z.object({
  includeExcluded: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  limit: z.coerce.number().int().min(1).max(50).default(5),
});
export type TPersonMatchesQuery = z.output<typeof ZPersonMatchesQuery>;
