import { and, desc, eq, inArray, isNull, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TDbExecutor } from "../../platform/db/database.js";
import type { TSearchWords } from "../../platform/search/text-search.js";
import { portalPages, portalPageTexts } from "../pages/page-tables.js";
import { pagePath } from "../public/content-pages.js";
import { snippetOf, type TKindSearch, type TSearchHit } from "./search-hit.js";
import { buildBestRank, buildWordsMatch } from "./search-match.js";

const german = alias(portalPageTexts, "german_text");
const wanted = alias(portalPageTexts, "wanted_text");
const ownPage = alias(portalPages, "own_page");

/**
 * Published pages of the unit and the district-wide ones whose text in the language or in German
 * matches, best first, each shown in the language when translated, else in German. A district page
 * at an address where the unit has its own is left out: the portal shows the unit's there.
 */
export async function searchPages(
  executor: TDbExecutor,
  words: TSearchWords,
  { unitKey, language, limit }: TKindSearch,
): Promise<TSearchHit[]> {
  const hasWanted = sql`${wanted.pageId} is not null`;
  const relevance = buildBestRank(german, { ...wanted, exists: hasWanted }, language, words);
  const rows = await executor
    .select({
      id: portalPages.id,
      slug: portalPages.slug,
      isTranslated: sql<boolean>`${hasWanted}`,
      title: sql<string>`coalesce(${wanted.title}, ${german.title})`,
      summary: sql<string>`coalesce(${wanted.summary}, ${german.summary})`,
      bodyHtml: sql<string>`coalesce(${wanted.bodyHtml}, ${german.bodyHtml})`,
      relevance,
    })
    .from(portalPages)
    .innerJoin(german, and(eq(german.pageId, portalPages.id), eq(german.language, "de")))
    .leftJoin(wanted, and(eq(wanted.pageId, portalPages.id), eq(wanted.language, language), sql`${language} <> 'de'`))
    .where(
      and(
        eq(portalPages.status, "published"),
        or(
          eq(portalPages.ownerUnitKey, unitKey),
          and(
            isNull(portalPages.ownerUnitKey),
            notExists(
              executor
                .select({ one: sql`1` })
                .from(ownPage)
                .where(
                  and(
                    eq(ownPage.ownerUnitKey, unitKey),
                    eq(ownPage.slug, portalPages.slug),
                    eq(ownPage.status, "published"),
                  ),
                ),
            ),
          ),
        ),
        inArray(
          portalPages.id,
          executor
            .select({ id: portalPageTexts.pageId })
            .from(portalPageTexts)
            .where(buildWordsMatch(portalPageTexts, words)),
        ),
      ),
    )
    .orderBy(desc(relevance), portalPages.slug, portalPages.id)
    .limit(limit);
  return rows.map((row) => ({
    kind: "page",
    id: row.id,
    title: row.title,
    snippet: snippetOf(row.summary, row.bodyHtml),
    detail: null,
    url: pagePath(language, unitKey, row.slug),
    language: row.isTranslated ? language : "de",
    relevance: Number(row.relevance),
  }));
}
