import { and, inArray, isNull, sql } from "drizzle-orm";
import type { TDbExecutor } from "../../platform/db/database.js";
import { unmetNeeds } from "./unmet-need-tables.js";

export type TNeedOutcome = {
  needId: string;
  personId: string;
  fieldOfAction: string;
  needCode: string;
  municipalityAgs: string | null;
  isUnmet: boolean;
};

/** Rows per statement: six parameters each stays far below PostgreSQL's 65,535. */
const CHUNK = 5000;

function chunksOf<TItem>(items: readonly TItem[]): TItem[][] {
  const chunks: TItem[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) chunks.push(items.slice(start, start + CHUNK));
  return chunks;
}

/**
 * Records the needs without a suitable offer (once while open) and resolves those that now have one.
 * Returns how many were newly recorded and how many resolved.
 */
export async function syncUnmetNeeds(
  tx: TDbExecutor,
  outcomes: readonly TNeedOutcome[],
): Promise<{ recorded: number; resolved: number }> {
  const unmet = outcomes.filter((outcome) => outcome.isUnmet).map(({ isUnmet: _isUnmet, ...outcome }) => outcome);
  const met = outcomes.filter((outcome) => !outcome.isUnmet).map((outcome) => outcome.needId);
  let recorded = 0;
  let resolved = 0;
  for (const chunk of chunksOf(unmet)) {
    const rows = await tx
      .insert(unmetNeeds)
      .values(chunk)
      .onConflictDoNothing({ target: unmetNeeds.needId, where: sql`resolved_at is null` })
      .returning({ id: unmetNeeds.id });
    recorded += rows.length;
  }
  for (const chunk of chunksOf(met)) {
    const rows = await tx
      .update(unmetNeeds)
      .set({ resolvedAt: sql`now()` })
      .where(and(inArray(unmetNeeds.needId, chunk), isNull(unmetNeeds.resolvedAt)))
      .returning({ id: unmetNeeds.id });
    resolved += rows.length;
  }
  return { recorded, resolved };
}

/** Unmet needs whose need a newer interview superseded are resolved: the person's needs changed. */
export async function resolveSupersededUnmetNeeds(tx: TDbExecutor): Promise<number> {
  const rows = await tx
    .update(unmetNeeds)
    .set({ resolvedAt: sql`now()` })
    .where(
      and(isNull(unmetNeeds.resolvedAt), sql`${unmetNeeds.needId} in (select id from needs where status <> 'open')`),
    )
    .returning({ id: unmetNeeds.id });
  return rows.length;
}
