import { and, asc, eq, exists, ilike, inArray, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import type { TPage, TPageCopyInput, TSharedPageList } from "../../../common/portal/page-schemas.js";
import { contentLanguages } from "../../../common/portal/portal-content.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { findOwnerNames } from "./page-origins.js";
import { buildPageReachCondition, reachesOwner, type TPageEditor } from "./page-reach.js";
import { readPage } from "./page-records.js";
import { portalPages, portalPageTextHistory, portalPageTexts } from "./page-tables.js";
import { withSlugCheck } from "./page-writes.js";

/** Pages of every administration but the owner's (null owner keys compare as the district's). */
const ownedByOthers = (owner: string | null) =>
  owner === null
    ? isNotNull(portalPages.ownerUnitKey)
    : or(isNull(portalPages.ownerUnitKey), ne(portalPages.ownerUnitKey, owner));

/**
 * What an owner may copy from others: every published page of the district and of the other
 * municipal units, searched by title in any language, by title. The owner must be the editor's.
 */
export async function listSharedPages(
  executor: TDbExecutor,
  editor: TPageEditor,
  query: { owner: string | null; q?: string | undefined },
): Promise<TSharedPageList> {
  if (!reachesOwner(editor.reach("create"), query.owner)) throw new HttpProblem(404, "notFound");
  const pattern = query.q ? `%${query.q.replaceAll(/[%_\\]/g, "\\$&")}%` : undefined;
  const rows = await executor
    .select({
      id: portalPages.id,
      ownerUnitKey: portalPages.ownerUnitKey,
      topic: portalPages.topic,
      slug: portalPages.slug,
      title: portalPageTexts.title,
      publishedAt: sql<Date>`coalesce(${portalPages.publishedAt}, ${portalPages.updatedAt})`.mapWith(
        (value: string | Date) => new Date(value),
      ),
    })
    .from(portalPages)
    .innerJoin(portalPageTexts, and(eq(portalPageTexts.pageId, portalPages.id), eq(portalPageTexts.language, "de")))
    .where(
      and(
        eq(portalPages.status, "published"),
        ownedByOthers(query.owner),
        pattern
          ? exists(
              executor
                .select({ one: sql`1` })
                .from(portalPageTexts)
                .where(and(eq(portalPageTexts.pageId, portalPages.id), ilike(portalPageTexts.title, pattern))),
            )
          : undefined,
      ),
    )
    .orderBy(asc(portalPageTexts.title), asc(portalPages.id))
    .limit(200);
  const ids = rows.map((row) => row.id);
  const languages =
    ids.length === 0
      ? []
      : await executor
          .select({ pageId: portalPageTexts.pageId, language: portalPageTexts.language })
          .from(portalPageTexts)
          .where(inArray(portalPageTexts.pageId, ids));
  const ownerName = await findOwnerNames(
    executor,
    rows.map((row) => row.ownerUnitKey),
  );
  return {
    items: rows.map((row) => {
      const own = new Set(languages.filter((entry) => entry.pageId === row.id).map((entry) => entry.language));
      return {
        ...row,
        ownerName: ownerName(row.ownerUnitKey),
        languages: contentLanguages.filter((language) => own.has(language)),
        publishedAt: row.publishedAt.toISOString(),
      };
    }),
  };
}

/**
 * Copies a page into one of the editor's owners as a draft at the top of the tree: every text with
 * its versions, so a translation up to date in the source is up to date in the copy and an outdated
 * one stays outdated. The source is a published page of any administration, or one of the editor's
 * own; the copy remembers it and the source's German version (changedSinceCopy). One transaction
 * with its audit event.
 */
export function copyPage(db: TDb, editor: TPageEditor, sourceId: string, input: TPageCopyInput): Promise<TPage> {
  if (!reachesOwner(editor.reach("create"), input.ownerUnitKey)) {
    throw new FieldRuleViolation([{ pointer: "/body/ownerUnitKey", code: "page_owner_out_of_reach" }]);
  }
  return db.transaction(async (tx) => {
    const [source] = await tx
      .select()
      .from(portalPages)
      .where(
        and(
          eq(portalPages.id, sourceId),
          or(eq(portalPages.status, "published"), buildPageReachCondition(editor.reach("read"))),
        ),
      );
    if (!source) throw new HttpProblem(404, "notFound");
    const texts = await tx.select().from(portalPageTexts).where(eq(portalPageTexts.pageId, sourceId));
    const [copy] = await withSlugCheck(() =>
      tx
        .insert(portalPages)
        .values({
          ownerUnitKey: input.ownerUnitKey,
          parentId: null,
          topic: source.topic,
          slug: input.slug ?? source.slug,
          position: source.position,
          germanVersion: source.germanVersion,
          copiedFromPageId: source.id,
          copiedGermanVersion: source.germanVersion,
          createdBy: editor.userId,
        })
        .returning({ id: portalPages.id }),
    );
    if (!copy) throw new Error("page copy returned no row");
    if (texts.length > 0) {
      const copied = texts.map((text) => ({
        pageId: copy.id,
        language: text.language,
        title: text.title,
        summary: text.summary,
        bodyHtml: text.bodyHtml,
        textVersion: text.textVersion,
        sourceVersion: text.sourceVersion,
      }));
      await tx.insert(portalPageTexts).values(copied.map((text) => ({ ...text, updatedBy: editor.userId })));
      await tx.insert(portalPageTextHistory).values(copied.map((text) => ({ ...text, savedBy: editor.userId })));
    }
    await recordAuditEvent(tx, editor.audit, {
      action: "portal_page.copy",
      subjectType: "portal_page",
      subjectId: copy.id,
      detail: { sourcePageId: source.id, languages: texts.map((text) => text.language).sort() },
    });
    return readPage(tx, editor.reach("read"), copy.id);
  });
}
