import { sql } from "drizzle-orm";
import { computedIndicatorKeys } from "../../../common/steering/concept.js";
import type { TDb } from "../../platform/db/database.js";
import { aggregateSources, buildCountedPersons } from "./aggregate-sources.js";
import { steeringAggregateRefreshes, steeringAggregates } from "./indicator-tables.js";

export type TRefreshResult = { rowCount: number; durationMs: number; finishedAt: Date };

/**
 * Recomputes every indicator's cells from the platform's data in one transaction: the counted
 * persons are gathered once into a temporary table, the old cells are replaced, and the refresh is
 * recorded (and the table analysed). Readers see the old cells until the commit, then the new ones; two refreshes take turns
 * (transaction lock), so a withdrawn statistics consent leaves the aggregates with the next refresh.
 */
export async function refreshAggregates(db: TDb): Promise<TRefreshResult> {
  const startedAt = new Date();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('steering_aggregates'))`);
    await tx.execute(sql`create temporary table steering_counted_persons on commit drop as ${buildCountedPersons()}`);
    await tx.execute(sql`alter table steering_counted_persons add primary key (id)`);
    await tx.execute(sql`analyze steering_counted_persons`);
    await tx.delete(steeringAggregates);
    const counted = sql.raw("steering_counted_persons");
    const sources = computedIndicatorKeys.map((key) => aggregateSources[key](counted));
    const inserted = await tx.execute<{ count: number }>(sql`with written as (
        insert into ${steeringAggregates} (indicator_key, month, municipality_ags, dimension, count, hits, sum)
        ${sql.join(sources, sql` union all `)}
        returning 1)
      select count(*)::int as count from written`);
    const rowCount = Number(inserted.rows[0]?.count ?? 0);
    // Fresh statistics, or the planner takes the new cells for a handful and joins them row by row.
    await tx.execute(sql`analyze steering_aggregates`);
    const finishedAt = new Date();
    const durationMs = finishedAt.getTime() - startedAt.getTime();
    await tx.insert(steeringAggregateRefreshes).values({ startedAt, finishedAt, durationMs, rowCount });
    return { rowCount, durationMs, finishedAt };
  });
}
