import type { TNeedMatches } from "../../../common/offers/match-schemas.js";
import { buildMatchProfile } from "./match-profile.js";
import type { TCandidateOffer } from "./match-types.js";
import { isOfferForNeed, needOfferKinds } from "./need-offer-kinds.js";
import type { TPersonMatchInput } from "./person-match-facts.js";
import { hasEligibleOffer, rankOffers } from "./rank-offers.js";
import type { TNeedOutcome } from "./sync-unmet-needs.js";

export type TMatchOptions = { limit: number; includeExcluded: boolean; today: string };

/** The candidate offers split by the need they address, each need's share computed once and reused. */
export function createCandidatePool(candidates: readonly TCandidateOffer[]) {
  const byNeed = new Map<string, TCandidateOffer[]>();
  return {
    forNeed(code: string): readonly TCandidateOffer[] {
      const cached = byNeed.get(code);
      if (cached) return cached;
      const kind = needOfferKinds[code];
      const fitting = kind ? candidates.filter((offer) => isOfferForNeed(kind, offer)) : [];
      byNeed.set(code, fitting);
      return fitting;
    },
  };
}
export type TCandidatePool = ReturnType<typeof createCandidatePool>;

const toOutcome = (
  input: TPersonMatchInput,
  need: TPersonMatchInput["needs"][number],
  isUnmet: boolean,
): TNeedOutcome => ({
  needId: need.id,
  personId: input.personId,
  fieldOfAction: need.fieldOfAction,
  needCode: need.code,
  municipalityAgs: input.municipalityAgs,
  isUnmet,
});

/**
 * Ranks the candidate offers for each of the person's open needs (only offers of the need's kind)
 * and says which needs have no suitable offer within reach.
 */
export function matchNeeds(
  input: TPersonMatchInput,
  pool: TCandidatePool,
  options: TMatchOptions,
): { items: TNeedMatches[]; outcomes: TNeedOutcome[] } {
  const profile = buildMatchProfile(input.facts, input.answers, options.today);
  const items = input.needs.map((need) => {
    const ranking = rankOffers(profile, pool.forNeed(need.code), options);
    return { need, matches: ranking.matches, excluded: ranking.excluded, isUnmet: ranking.eligibleCount === 0 };
  });
  return { items, outcomes: items.map((item) => toOutcome(input, item.need, item.isUnmet)) };
}

/** Only whether each open need has a suitable offer within reach: what the batch records, no ranking. */
export function findNeedOutcomes(input: TPersonMatchInput, pool: TCandidatePool, today: string): TNeedOutcome[] {
  const profile = buildMatchProfile(input.facts, input.answers, today);
  return input.needs.map((need) => toOutcome(input, need, !hasEligibleOffer(profile, pool.forNeed(need.code))));
}
