import { asc, eq, sql } from "drizzle-orm";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import type { TPageFeedbackSummary } from "../../../common/portal/page-feedback-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { portalPageFeedback } from "./feedback-tables.js";

/** One anonymous answer: the page, the language it was read in, yes or no, and the day (in Berlin). */
export async function recordPageFeedback(
  executor: TDbExecutor,
  answer: { pageId: string; language: TContentLanguage; helpful: boolean },
): Promise<void> {
  await executor.insert(portalPageFeedback).values({ ...answer, day: todayInBerlin() });
}

/** The answers about a page, counted per language (by language code) and in total. */
export async function summarisePageFeedback(executor: TDbExecutor, pageId: string): Promise<TPageFeedbackSummary> {
  const byLanguage = await executor
    .select({
      language: portalPageFeedback.language,
      helpful: sql<number>`count(*) filter (where ${portalPageFeedback.helpful})::int`,
      notHelpful: sql<number>`count(*) filter (where not ${portalPageFeedback.helpful})::int`,
    })
    .from(portalPageFeedback)
    .where(eq(portalPageFeedback.pageId, pageId))
    .groupBy(portalPageFeedback.language)
    .orderBy(asc(portalPageFeedback.language));
  return {
    helpful: byLanguage.reduce((sum, row) => sum + row.helpful, 0),
    notHelpful: byLanguage.reduce((sum, row) => sum + row.notHelpful, 0),
    byLanguage,
  };
}
