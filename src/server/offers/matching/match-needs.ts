import type { TNeedMatches } from "../../../common/offers/match-schemas.js";
import { buildMatchProfile } from "./match-profile.js";
import type { TCandidateOffer } from "./match-types.js";
import { isOfferForNeed, needOfferKinds } from "./need-offer-kinds.js";
import type { TPersonMatchInput } from "./person-match-facts.js";
import { rankOffers } from "./rank-offers.js";
import type { TNeedOutcome } from "./sync-unmet-needs.js";

export type TMatchOptions = { limit: number; includeExcluded: boolean; today: string };

/**
 * Ranks the candidate offers for each of the person's open needs (only offers of the need's kind)
 * and says which needs have no suitable offer within reach.
 */
export function matchNeeds(
  input: TPersonMatchInput,
  candidates: readonly TCandidateOffer[],
  options: TMatchOptions,
): { items: TNeedMatches[]; outcomes: TNeedOutcome[] } {
  const profile = buildMatchProfile(input.facts, input.answers, options.today);
  const items = input.needs.map((need) => {
    const kind = needOfferKinds[need.code];
    const fitting = kind ? candidates.filter((offer) => isOfferForNeed(kind, offer)) : [];
    const ranking = rankOffers(profile, fitting, options);
    return { need, matches: ranking.matches, excluded: ranking.excluded, isUnmet: ranking.eligibleCount === 0 };
  });
  const outcomes = items.map((item) => ({
    needId: item.need.id,
    personId: input.personId,
    fieldOfAction: item.need.fieldOfAction,
    needCode: item.need.code,
    municipalityAgs: input.municipalityAgs,
    isUnmet: item.isUnmet,
  }));
  return { items, outcomes };
}
