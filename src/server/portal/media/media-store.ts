import { createHash } from "node:crypto";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { TMediaListQuery, TPortalMedia, TPortalMediaList } from "../../../common/portal/media-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { ownerDistrictAgs, type TContentCaller } from "../places/content-caller.js";
import { buildContentReach } from "../places/content-reach.js";
import { safeMediaFileName, sniffMediaType } from "./media-file.js";
import type { TPortalMediaAction } from "./media-policy.js";
import { portalMedia } from "./media-tables.js";

type TMediaCaller = TContentCaller<TPortalMediaAction>;

const listedColumns = {
  id: portalMedia.id,
  ownerUnitKey: portalMedia.ownerUnitKey,
  fileName: portalMedia.fileName,
  mediaType: portalMedia.mediaType,
  sizeBytes: portalMedia.sizeBytes,
  createdAt: portalMedia.createdAt,
};

function toMedia(row: Omit<TPortalMedia, "url" | "createdAt"> & { createdAt: Date }): TPortalMedia {
  return {
    ...row,
    url: `/portal/media/${row.id}/${row.fileName}`,
    createdAt: row.createdAt.toISOString(),
  };
}

const ownerCondition = (owner: string | null) =>
  owner === null ? isNull(portalMedia.ownerUnitKey) : eq(portalMedia.ownerUnitKey, owner);

/**
 * Stores an uploaded file for an owner the caller edits. The bytes decide the type (PNG, JPEG,
 * WebP, PDF; anything else is a field error at /body), the name is made safe and given that type's
 * extension. Stored with its audit event in one transaction.
 */
export async function uploadMedia(
  db: TDb,
  caller: TMediaCaller,
  audit: TAuditContext,
  upload: { owner: string | null; fileName: string; bytes: Buffer },
): Promise<TPortalMedia> {
  if (!caller.owners("upload").includes(upload.owner)) {
    throw new FieldRuleViolation([{ pointer: "/query/owner", code: "portal_media_owner_out_of_reach" }]);
  }
  if (upload.bytes.length === 0) throw new FieldRuleViolation([{ pointer: "/body", code: "portal_media_empty" }]);
  const mediaType = await sniffMediaType(upload.bytes);
  if (mediaType === null) throw new FieldRuleViolation([{ pointer: "/body", code: "portal_media_type_refused" }]);
  const districtAgs = await ownerDistrictAgs(db, caller);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(portalMedia)
      .values({
        ownerUnitKey: upload.owner,
        districtAgs,
        fileName: safeMediaFileName(upload.fileName, mediaType),
        mediaType,
        sizeBytes: upload.bytes.length,
        content: upload.bytes,
        sha256: createHash("sha256").update(upload.bytes).digest("hex"),
        createdBy: caller.userId,
      })
      .returning(listedColumns);
    if (!row) throw new Error("media insert returned no row");
    await recordAuditEvent(tx, audit, {
      action: "portal_media.upload",
      subjectType: "portal_media",
      subjectId: row.id,
      detail: { mediaType, sizeBytes: row.sizeBytes },
    });
    return toMedia(row);
  });
}

/** An owner's files, newest first, paged; another administration's owner is 404. */
export async function listMedia(db: TDb, caller: TMediaCaller, query: TMediaListQuery): Promise<TPortalMediaList> {
  const owner = query.owner === "district" ? null : query.owner;
  if (!caller.owners("list").includes(owner)) throw new HttpProblem(404, "notFound");
  const [rows, [total]] = await Promise.all([
    db
      .select(listedColumns)
      .from(portalMedia)
      .where(ownerCondition(owner))
      .orderBy(desc(portalMedia.createdAt), desc(portalMedia.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(portalMedia).where(ownerCondition(owner)),
  ]);
  return { items: rows.map(toMedia), total: total?.value ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Deletes a file of the caller's administration (404 otherwise), audited. Pages linking it show a gap. */
export async function deleteMedia(db: TDb, caller: TMediaCaller, audit: TAuditContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(portalMedia)
      .where(and(eq(portalMedia.id, id), buildContentReach(caller.owners("delete"), portalMedia.ownerUnitKey)))
      .returning({ fileName: portalMedia.fileName });
    if (!deleted) throw new HttpProblem(404, "notFound");
    await recordAuditEvent(tx, audit, {
      action: "portal_media.delete",
      subjectType: "portal_media",
      subjectId: id,
      detail: { fileName: deleted.fileName },
    });
  });
}

/** A file as the portal serves it: found by id and exact name, else undefined. */
export async function findServedMedia(db: TDb, id: string, fileName: string) {
  const [row] = await db
    .select({ mediaType: portalMedia.mediaType, content: portalMedia.content, sha256: portalMedia.sha256 })
    .from(portalMedia)
    .where(and(eq(portalMedia.id, id), eq(portalMedia.fileName, fileName)));
  return row;
}
