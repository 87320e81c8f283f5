import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { TPage, TPageList } from "../../../common/portal/page-schemas.js";
import { contentLanguages, translationStatusOf } from "../../../common/portal/portal-content.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { findOwnerNames } from "./page-origins.js";
import { buildPageReachCondition, type TPageReach } from "./page-reach.js";
import { portalPages, portalPageTextHistory, portalPageTexts } from "./page-tables.js";

type TPageRow = typeof portalPages.$inferSelect;

function translationsOf(germanVersion: number | null, sources: Map<string, number | null>) {
  return contentLanguages
    .filter((language) => language !== "de")
    .map((language) => ({
      language,
      status: translationStatusOf(germanVersion, sources.has(language) ? (sources.get(language) ?? null) : undefined),
    }));
}

function pageFields(row: TPageRow) {
  return {
    id: row.id,
    ownerUnitKey: row.ownerUnitKey,
    parentId: row.parentId,
    topic: row.topic,
    slug: row.slug,
    position: row.position,
    status: row.status,
    version: row.version,
    copiedFromPageId: row.copiedFromPageId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Where a copy came from, and whether the source's German text changed since; null for an original. */
async function findCopiedFrom(executor: TDbExecutor, row: TPageRow): Promise<TPage["copiedFrom"]> {
  if (row.copiedFromPageId === null) return null;
  const [source] = await executor
    .select({
      id: portalPages.id,
      ownerUnitKey: portalPages.ownerUnitKey,
      germanVersion: portalPages.germanVersion,
      title: portalPageTexts.title,
    })
    .from(portalPages)
    .leftJoin(portalPageTexts, and(eq(portalPageTexts.pageId, portalPages.id), eq(portalPageTexts.language, "de")))
    .where(eq(portalPages.id, row.copiedFromPageId));
  if (!source) return null;
  const ownerName = await findOwnerNames(executor, [source.ownerUnitKey]);
  return {
    id: source.id,
    title: source.title ?? "",
    ownerName: ownerName(source.ownerUnitKey),
    changedSinceCopy: (source.germanVersion ?? 0) > (row.copiedGermanVersion ?? 0),
  };
}

/** A page within reach with all its texts and each translation's status; else 404. */
export async function readPage(executor: TDbExecutor, reach: TPageReach, pageId: string): Promise<TPage> {
  const [row] = await executor
    .select()
    .from(portalPages)
    .where(and(eq(portalPages.id, pageId), buildPageReachCondition(reach)));
  if (!row) throw new HttpProblem(404, "notFound");
  const texts = await executor
    .select({ text: portalPageTexts, updatedByName: users.displayName })
    .from(portalPageTexts)
    .leftJoin(users, eq(users.id, portalPageTexts.updatedBy))
    .where(eq(portalPageTexts.pageId, pageId))
    .orderBy(asc(portalPageTexts.language));
  const sources = new Map(texts.map(({ text }) => [text.language, text.sourceVersion]));
  return {
    ...pageFields(row),
    copiedFrom: await findCopiedFrom(executor, row),
    texts: texts.map(({ text, updatedByName }) => ({
      language: text.language,
      title: text.title,
      summary: text.summary,
      bodyHtml: text.bodyHtml,
      textVersion: text.textVersion,
      sourceVersion: text.sourceVersion,
      status: text.language === "de" ? "up_to_date" : translationStatusOf(row.germanVersion, text.sourceVersion),
      updatedAt: text.updatedAt.toISOString(),
      updatedByName,
    })),
    translations: translationsOf(row.germanVersion, sources),
  };
}

/** An owner's pages (a unit's, or the district-wide ones for null), in tree order, with translation status. */
export async function listPages(executor: TDbExecutor, ownerUnitKey: string | null): Promise<TPageList> {
  const rows = await executor
    .select()
    .from(portalPages)
    .where(ownerUnitKey === null ? isNull(portalPages.ownerUnitKey) : eq(portalPages.ownerUnitKey, ownerUnitKey))
    .orderBy(asc(portalPages.topic), asc(portalPages.position), asc(portalPages.slug));
  const texts =
    rows.length === 0
      ? []
      : await executor
          .select({
            pageId: portalPageTexts.pageId,
            language: portalPageTexts.language,
            title: portalPageTexts.title,
            sourceVersion: portalPageTexts.sourceVersion,
          })
          .from(portalPageTexts)
          .where(
            inArray(
              portalPageTexts.pageId,
              rows.map((row) => row.id),
            ),
          );
  return {
    items: rows.map((row) => {
      const own = texts.filter((text) => text.pageId === row.id);
      return {
        ...pageFields(row),
        germanTitle: own.find((text) => text.language === "de")?.title ?? null,
        translations: translationsOf(
          row.germanVersion,
          new Map(own.map((text) => [text.language, text.sourceVersion])),
        ),
      };
    }),
  };
}

/** Every saved text version of a page, newest first. */
export async function listPageHistory(executor: TDbExecutor, pageId: string) {
  const rows = await executor
    .select({
      language: portalPageTextHistory.language,
      textVersion: portalPageTextHistory.textVersion,
      sourceVersion: portalPageTextHistory.sourceVersion,
      title: portalPageTextHistory.title,
      summary: portalPageTextHistory.summary,
      bodyHtml: portalPageTextHistory.bodyHtml,
      savedAt: portalPageTextHistory.savedAt,
      savedByName: users.displayName,
    })
    .from(portalPageTextHistory)
    .leftJoin(users, eq(users.id, portalPageTextHistory.savedBy))
    .where(eq(portalPageTextHistory.pageId, pageId))
    .orderBy(desc(portalPageTextHistory.savedAt), desc(portalPageTextHistory.textVersion));
  return { items: rows.map(({ savedAt, ...row }) => ({ ...row, savedAt: savedAt.toISOString() })) };
}
