import { and, eq, isNull, sql } from "drizzle-orm";
import type { TPage, TPageInput, TPageTextInput, TPageUpdate } from "../../../common/portal/page-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { buildPageReachCondition, reachesOwner, type TPageEditor } from "./page-reach.js";
import { readPage } from "./page-records.js";
import { portalPages, portalPageTextHistory, portalPageTexts } from "./page-tables.js";
import { sanitisePageHtml } from "./sanitise-page-html.js";

type TAuditedAction =
  | "portal_page.create"
  | "portal_page.update"
  | "portal_page.text"
  | "portal_page.publish"
  | "portal_page.unpublish";

function audit(executor: TDbExecutor, editor: TPageEditor, action: TAuditedAction, pageId: string, detail = {}) {
  return recordAuditEvent(executor, editor.audit, { action, subjectType: "portal_page", subjectId: pageId, detail });
}

/** The parent must be a page of the same owner; a page is never its own ancestor. */
async function assertParent(
  executor: TDbExecutor,
  ownerUnitKey: string | null,
  parentId: string | null,
  pageId?: string,
) {
  if (parentId === null) return;
  const [parent] = await executor
    .select({ id: portalPages.id })
    .from(portalPages)
    .where(
      and(
        eq(portalPages.id, parentId),
        ownerUnitKey === null ? isNull(portalPages.ownerUnitKey) : eq(portalPages.ownerUnitKey, ownerUnitKey),
      ),
    );
  const isCycle =
    pageId !== undefined &&
    (
      await executor.execute<{ found: boolean }>(sql`with recursive ancestors(id, parent_id) as (
        select id, parent_id from ${portalPages} where id = ${parentId}
        union all select p.id, p.parent_id from ${portalPages} p join ancestors a on p.id = a.parent_id)
      select exists (select 1 from ancestors where id = ${pageId}) as found`)
    ).rows[0]?.found === true;
  if (!parent || isCycle) throw new FieldRuleViolation([{ pointer: "/body/parentId", code: "page_parent_unknown" }]);
}

/** A unique violation on the page's address is the slug's field error, not a 500. */
export async function withSlugCheck<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code =
      (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    if (code === "23505") throw new FieldRuleViolation([{ pointer: "/body/slug", code: "page_slug_taken" }]);
    throw error;
  }
}

export function createPage(db: TDb, editor: TPageEditor, input: Required<TPageInput>): Promise<TPage> {
  if (!reachesOwner(editor.reach("create"), input.ownerUnitKey)) {
    throw new FieldRuleViolation([{ pointer: "/body/ownerUnitKey", code: "page_owner_out_of_reach" }]);
  }
  return db.transaction(async (tx) => {
    await assertParent(tx, input.ownerUnitKey, input.parentId);
    const [page] = await withSlugCheck(() =>
      tx
        .insert(portalPages)
        .values({ ...input, createdBy: editor.userId })
        .returning({ id: portalPages.id }),
    );
    if (!page) throw new Error("page insert returned no row");
    await audit(tx, editor, "portal_page.create", page.id, { topic: input.topic, slug: input.slug });
    return readPage(tx, editor.reach("read"), page.id);
  });
}

/** The page within reach, locked, at the version read (409 otherwise). */
async function lockPage(executor: TDbExecutor, editor: TPageEditor, pageId: string, action: "update" | "publish") {
  const [page] = await executor
    .select()
    .from(portalPages)
    .where(and(eq(portalPages.id, pageId), buildPageReachCondition(editor.reach(action))))
    .for("update");
  if (!page) throw new HttpProblem(404, "notFound");
  return page;
}

export function updatePage(db: TDb, editor: TPageEditor, pageId: string, input: Required<TPageUpdate>): Promise<TPage> {
  return db.transaction(async (tx) => {
    const page = await lockPage(tx, editor, pageId, "update");
    if (page.version !== input.version) throw new HttpProblem(409, "changedMeanwhile");
    await assertParent(tx, page.ownerUnitKey, input.parentId, pageId);
    const { version: _version, ...fields } = input;
    await withSlugCheck(() =>
      tx
        .update(portalPages)
        .set({ ...fields, version: sql`${portalPages.version} + 1`, updatedAt: sql`now()` })
        .where(eq(portalPages.id, pageId)),
    );
    await audit(tx, editor, "portal_page.update", pageId, { fields: Object.keys(fields) });
    return readPage(tx, editor.reach("read"), pageId);
  });
}

/**
 * Saves the page's text in one language as a new version, sanitised; the version read must be the
 * current one (409). German raises the page's German version, which makes every translation made
 * from an older one "outdated"; a translation records the German version it was made from.
 */
export function savePageText(
  db: TDb,
  editor: TPageEditor,
  pageId: string,
  language: TContentLanguage,
  input: TPageTextInput & { summary: string },
): Promise<TPage> {
  return db.transaction(async (tx) => {
    const page = await lockPage(tx, editor, pageId, "update");
    const [current] = await tx
      .select({ textVersion: portalPageTexts.textVersion })
      .from(portalPageTexts)
      .where(and(eq(portalPageTexts.pageId, pageId), eq(portalPageTexts.language, language)));
    if ((current?.textVersion ?? null) !== input.textVersion) throw new HttpProblem(409, "changedMeanwhile");
    const isGerman = language === "de";
    if (!isGerman && page.germanVersion === null) {
      throw new FieldRuleViolation([{ pointer: "/body/bodyHtml", code: "page_translation_without_german" }]);
    }
    const bodyHtml = sanitisePageHtml(input.bodyHtml);
    if (bodyHtml === "") throw new FieldRuleViolation([{ pointer: "/body/bodyHtml", code: "page_text_required" }]);
    const textVersion = (current?.textVersion ?? 0) + 1;
    const sourceVersion = isGerman
      ? null
      : Math.min(input.sourceVersion ?? page.germanVersion ?? 1, page.germanVersion ?? 1);
    const values = { title: input.title, summary: input.summary, bodyHtml, textVersion, sourceVersion };
    await tx
      .insert(portalPageTexts)
      .values({ pageId, language, ...values, updatedBy: editor.userId })
      .onConflictDoUpdate({
        target: [portalPageTexts.pageId, portalPageTexts.language],
        set: { ...values, updatedBy: editor.userId, updatedAt: sql`now()` },
      });
    await tx.insert(portalPageTextHistory).values({ pageId, language, ...values, savedBy: editor.userId });
    await tx
      .update(portalPages)
      .set({ ...(isGerman ? { germanVersion: textVersion } : {}), updatedAt: sql`now()` })
      .where(eq(portalPages.id, pageId));
    await audit(tx, editor, "portal_page.text", pageId, { language, textVersion });
    return readPage(tx, editor.reach("read"), pageId);
  });
}

/** Publishes (needs a German text) or takes the page off the portal. */
export function setPageStatus(
  db: TDb,
  editor: TPageEditor,
  pageId: string,
  version: number,
  status: "published" | "draft",
): Promise<TPage> {
  return db.transaction(async (tx) => {
    const page = await lockPage(tx, editor, pageId, "publish");
    if (page.version !== version) throw new HttpProblem(409, "changedMeanwhile");
    if (status === "published" && page.germanVersion === null) {
      throw new FieldRuleViolation([{ pointer: "/body", code: "page_publish_without_german" }]);
    }
    await tx
      .update(portalPages)
      .set({
        status,
        version: sql`${portalPages.version} + 1`,
        updatedAt: sql`now()`,
        ...(status === "published" ? { publishedAt: sql`now()` } : {}),
      })
      .where(eq(portalPages.id, pageId));
    await audit(tx, editor, status === "published" ? "portal_page.publish" : "portal_page.unpublish", pageId);
    return readPage(tx, editor.reach("read"), pageId);
  });
}
