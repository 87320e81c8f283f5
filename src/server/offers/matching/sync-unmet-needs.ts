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

/**
 * Records the needs without a suitable offer (once while open) and resolves those that now have one.
 * Returns how many were newly recorded and how many resolved.
 */
export async function syncUnmetNeeds(
  tx: TDbExecutor,
  outcomes: readonly TNeedOutcome[],
): Promise<{ recorded: number; resolved: number }> {
  const unmet = outcomes.filter((outcome) => outcome.isUnmet);
  const met = outcomes.filter((outcome) => !outcome.isUnmet).map((outcome) => outcome.needId);
  const recorded =
    unmet.length === 0
      ? []
      : await tx
          .insert(unmetNeeds)
          .values(unmet.map(({ isUnmet: _isUnmet, ...outcome }) => outcome))
          .onConflictDoNothing({ target: unmetNeeds.needId, where: sql`resolved_at is null` })
          .returning({ id: unmetNeeds.id });
  const resolved =
    met.length === 0
      ? []
      : await tx
          .update(unmetNeeds)
          .set({ resolvedAt: sql`now()` })
          .where(and(inArray(unmetNeeds.needId, met), isNull(unmetNeeds.resolvedAt)))
          .returning({ id: unmetNeeds.id });
  return { recorded: recorded.length, resolved: resolved.length };
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
