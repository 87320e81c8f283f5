import { and, asc, eq, gt, sql } from "drizzle-orm";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { offerCategories } from "../../../common/offers/offer.js";
import { persons } from "../../arrival/arrival-tables.js";
import { needs } from "../../counselling/assessments/assessment-tables.js";
import type { TDb } from "../../platform/db/database.js";
import { loadCandidateOffers } from "./candidate-offers.js";
import { createCandidatePool, findNeedOutcomes } from "./match-needs.js";
import { loadPersonMatchInputs } from "./person-match-facts.js";
import { resolveSupersededUnmetNeeds, syncUnmetNeeds } from "./sync-unmet-needs.js";

export type TBatchResult = { persons: number; recorded: number; resolved: number };

/**
 * Matches a batch of persons against offers loaded once (split by need once), and records their
 * unmet needs in one statement each way — the path of the daily job, one transaction per batch.
 */
export async function matchPersonBatch(db: TDb, personIds: readonly string[], today: string): Promise<TBatchResult> {
  return db.transaction(async (tx) => {
    const inputs = await loadPersonMatchInputs(tx, personIds);
    const pool = createCandidatePool(await loadCandidateOffers(tx, offerCategories, today));
    const outcomes = inputs.flatMap((input) => findNeedOutcomes(input, pool, today));
    const counts = await syncUnmetNeeds(tx, outcomes);
    return { persons: inputs.length, ...counts };
  });
}

/**
 * Every person with open needs, in batches of `batchSize` by id (keyset paging), so unmet needs stay
 * current as offers come and go; then needs superseded by newer interviews are resolved.
 */
export async function matchAllPersons(db: TDb, batchSize = 1000, today = todayInBerlin()): Promise<TBatchResult> {
  const total: TBatchResult = { persons: 0, recorded: 0, resolved: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await db
      .selectDistinct({ id: persons.id })
      .from(persons)
      .innerJoin(needs, and(eq(needs.personId, persons.id), eq(needs.status, "open")))
      .where(and(gt(persons.id, after), sql`${persons.status} <> 'merged'`))
      .orderBy(asc(persons.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    const result = await matchPersonBatch(
      db,
      batch.map((row) => row.id),
      today,
    );
    total.persons += result.persons;
    total.recorded += result.recorded;
    total.resolved += result.resolved;
    after = batch[batch.length - 1]?.id ?? after;
  }
  total.resolved += await db.transaction((tx) => resolveSupersededUnmetNeeds(tx));
  return total;
}
