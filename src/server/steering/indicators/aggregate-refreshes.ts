import { desc } from "drizzle-orm";
import type { TAggregateRefresh } from "../../../common/steering/indicator-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { steeringAggregateRefreshes } from "./indicator-tables.js";

/** The latest completed refresh of the aggregates; all null before the first. */
export async function readLatestRefresh(db: TDbExecutor): Promise<TAggregateRefresh> {
  const [row] = await db
    .select()
    .from(steeringAggregateRefreshes)
    .orderBy(desc(steeringAggregateRefreshes.finishedAt))
    .limit(1);
  return {
    refreshedAt: row ? row.finishedAt.toISOString() : null,
    durationMs: row?.durationMs ?? null,
    rowCount: row?.rowCount ?? null,
  };
}

/** When the aggregates were last computed, as ISO text; null before the first refresh. */
export async function readRefreshedAt(db: TDbExecutor): Promise<string | null> {
  return (await readLatestRefresh(db)).refreshedAt;
}
