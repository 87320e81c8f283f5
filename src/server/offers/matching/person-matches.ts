import { and, eq } from "drizzle-orm";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import type { TPersonMatches, TPersonMatchesQuery } from "../../../common/offers/match-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import type { TCounsellingScope } from "../../counselling/counselling-scope.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { loadCandidateOffers } from "./candidate-offers.js";
import { createCandidatePool, matchNeeds } from "./match-needs.js";
import { listCategoriesFor } from "./need-offer-kinds.js";
import { loadPersonMatchInputs } from "./person-match-facts.js";
import { syncUnmetNeeds } from "./sync-unmet-needs.js";

/**
 * Offers for each open need of the person's latest completed first interview, ranked with a reason
 * per criterion; needs without a suitable offer within reach are recorded as unmet. The person must
 * be within the actor's scope (404 otherwise); the read is audited as the person's "matching" part.
 */
export function findPersonMatches(
  db: TDb,
  scope: TCounsellingScope,
  personId: string,
  query: TPersonMatchesQuery,
): Promise<TPersonMatches> {
  return db.transaction(async (tx) => {
    const [visible] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.id, personId), scope.scopeFor("read")));
    if (!visible) throw new HttpProblem(404, "notFound");
    const [input] = await loadPersonMatchInputs(tx, [personId]);
    if (!input) throw new HttpProblem(404, "notFound");
    const today = todayInBerlin();
    const candidates = await loadCandidateOffers(tx, listCategoriesFor(input.needs.map((need) => need.code)), today);
    const { items, outcomes } = matchNeeds(input, createCandidatePool(candidates), { ...query, today });
    await syncUnmetNeeds(tx, outcomes);
    await scope.person.recordRead(tx, personId, "matching");
    return { assessmentId: input.assessmentId, items };
  });
}
