import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import type {
  TPortalContact,
  TPortalContactInput,
  TPortalContactListQuery,
  TPortalContactUpdate,
} from "../../../common/portal/contact-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { listChangedFields } from "./changed-fields.js";
import { ownerDistrictAgs, requireOwnerInReach, type TContentCaller } from "./content-caller.js";
import { buildContentReach } from "./content-reach.js";
import type { TPortalContactAction } from "./portal-place-policy.js";
import { portalContacts, portalPlaceContacts, portalPlaces, portalPlaceTexts } from "./portal-place-tables.js";

type TContactRow = typeof portalContacts.$inferSelect;

export function toPortalContact(row: TContactRow): TPortalContact {
  const { districtAgs: _district, createdAt: _created, createdBy: _createdBy, updatedBy: _updatedBy, ...rest } = row;
  return { ...rest, updatedAt: row.updatedAt.toISOString() };
}

export async function listPortalContacts(
  db: TDb,
  caller: TContentCaller<TPortalContactAction>,
  query: TPortalContactListQuery,
) {
  const pattern = query.q ? `%${query.q.replaceAll(/[%_\\]/g, "\\$&")}%` : undefined;
  const condition = and(
    buildContentReach(caller.owners("list"), portalContacts.ownerUnitKey),
    pattern ? or(ilike(portalContacts.name, pattern), ilike(portalContacts.office, pattern)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(portalContacts)
      .where(condition)
      .orderBy(asc(portalContacts.name), asc(portalContacts.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(portalContacts).where(condition),
  ]);
  return { items: rows.map(toPortalContact), total: total?.value ?? 0, page: query.page, pageSize: query.pageSize };
}

async function findContactRow(
  db: TDbExecutor,
  caller: TContentCaller<TPortalContactAction>,
  id: string,
  action: TPortalContactAction,
) {
  const [row] = await db
    .select()
    .from(portalContacts)
    .where(and(eq(portalContacts.id, id), buildContentReach(caller.owners(action), portalContacts.ownerUnitKey)));
  if (!row) throw new HttpProblem(404, "notFound");
  return row;
}

export async function readPortalContact(db: TDb, caller: TContentCaller<TPortalContactAction>, id: string) {
  return toPortalContact(await findContactRow(db, caller, id, "read"));
}

export async function createPortalContact(
  db: TDb,
  caller: TContentCaller<TPortalContactAction>,
  audit: TAuditContext,
  input: TPortalContactInput,
) {
  requireOwnerInReach(caller, "create", input.ownerUnitKey);
  const districtAgs = await ownerDistrictAgs(db, caller);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(portalContacts)
      .values({ ...input, districtAgs, createdBy: caller.userId, updatedBy: caller.userId })
      .returning();
    if (!row) throw new Error("contact not created");
    await recordAuditEvent(tx, audit, {
      action: "portal_contact.create",
      subjectType: "portal_contact",
      subjectId: row.id,
    });
    return toPortalContact(row);
  });
}

export async function updatePortalContact(
  db: TDb,
  caller: TContentCaller<TPortalContactAction>,
  audit: TAuditContext,
  id: string,
  { version, ...input }: TPortalContactUpdate,
) {
  return db.transaction(async (tx) => {
    const current = await findContactRow(tx, caller, id, "update");
    const [row] = await tx
      .update(portalContacts)
      .set({ ...input, version: sql`${portalContacts.version} + 1`, updatedAt: sql`now()`, updatedBy: caller.userId })
      .where(and(eq(portalContacts.id, id), eq(portalContacts.version, version)))
      .returning();
    if (!row) throw new HttpProblem(409, "changedMeanwhile");
    await recordAuditEvent(tx, audit, {
      action: "portal_contact.update",
      detail: { fields: listChangedFields(current, input) },
      subjectType: "portal_contact",
      subjectId: id,
    });
    return toPortalContact(row);
  });
}

/** The places a contact is shown on, with their German names. */
export async function listPlacesOfContact(db: TDbExecutor, contactId: string) {
  return db
    .select({ id: portalPlaces.id, name: portalPlaceTexts.name, status: portalPlaces.status })
    .from(portalPlaceContacts)
    .innerJoin(portalPlaces, eq(portalPlaces.id, portalPlaceContacts.placeId))
    .innerJoin(
      portalPlaceTexts,
      and(eq(portalPlaceTexts.placeId, portalPlaces.id), eq(portalPlaceTexts.language, "de")),
    )
    .where(eq(portalPlaceContacts.contactId, contactId))
    .orderBy(asc(portalPlaceTexts.name));
}

export async function readPlacesOfContact(db: TDb, caller: TContentCaller<TPortalContactAction>, contactId: string) {
  await findContactRow(db, caller, contactId, "read");
  return listPlacesOfContact(db, contactId);
}

/** Deletes an unused contact; while places show it, 409 names them. */
export async function deletePortalContact(
  db: TDb,
  caller: TContentCaller<TPortalContactAction>,
  audit: TAuditContext,
  id: string,
) {
  await db.transaction(async (tx) => {
    await findContactRow(tx, caller, id, "delete");
    const usedBy = await listPlacesOfContact(tx, id);
    if (usedBy.length > 0) {
      throw new HttpProblem(409, "portalContactInUse", { detail: usedBy.map((place) => place.name).join(", ") });
    }
    await tx.delete(portalContacts).where(eq(portalContacts.id, id));
    await recordAuditEvent(tx, audit, {
      action: "portal_contact.delete",
      subjectType: "portal_contact",
      subjectId: id,
    });
  });
}
