import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { TPlaceStatus } from "../../../common/portal/place.js";
import type { TPlace, TPlaceInput, TPlaceUpdate } from "../../../common/portal/place-schemas.js";
import { sanitiseDescription } from "../../offers/directory/sanitise-offer-html.js";
import { recordAuditEvent, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { listChangedFields } from "./changed-fields.js";
import { ownerDistrictAgs, requireOwnerInReach, type TContentCaller } from "./content-caller.js";
import { findPlaceRow, readPlace, toPlaces } from "./place-records.js";
import type { TPortalPlaceAction } from "./portal-place-policy.js";
import { portalContacts, portalPlaceContacts, portalPlaces, portalPlaceTexts } from "./portal-place-tables.js";

type TPlaceFields = Omit<TPlaceInput, "ownerUnitKey">;

/** A unit's places lie in its municipalities; contacts are the owner's own or district-wide ones. */
async function checkReferences(db: TDbExecutor, owner: string | null, fields: TPlaceFields) {
  const [municipality] = await db
    .select({ unitKey: municipalities.municipalUnitKey })
    .from(municipalities)
    .where(eq(municipalities.ags, fields.municipalityAgs));
  const violations: ConstructorParameters<typeof FieldRuleViolation>[0] = [];
  if (!municipality || (owner !== null && municipality.unitKey !== owner)) {
    violations.push({ pointer: "/body/municipalityAgs", code: "place_municipality_outside" });
  }
  const contactIds = [...new Set(fields.contactIds)];
  if (contactIds.length > 0) {
    const usable = await db
      .select({ id: portalContacts.id })
      .from(portalContacts)
      .where(
        and(
          inArray(portalContacts.id, contactIds),
          owner === null
            ? isNull(portalContacts.ownerUnitKey)
            : or(isNull(portalContacts.ownerUnitKey), eq(portalContacts.ownerUnitKey, owner)),
        ),
      );
    const usableIds = new Set(usable.map((row) => row.id));
    fields.contactIds.forEach((id, index) => {
      if (!usableIds.has(id)) violations.push({ pointer: `/body/contactIds/${index}`, code: "place_contact_unknown" });
    });
  }
  if (violations.length > 0) throw new FieldRuleViolation(violations);
}

async function replaceChildren(db: TDbExecutor, placeId: string, fields: TPlaceFields) {
  await db.delete(portalPlaceTexts).where(eq(portalPlaceTexts.placeId, placeId));
  await db.delete(portalPlaceContacts).where(eq(portalPlaceContacts.placeId, placeId));
  await db
    .insert(portalPlaceTexts)
    .values(fields.texts.map((text) => ({ placeId, ...text, description: sanitiseDescription(text.description) })));
  const contactIds = [...new Set(fields.contactIds)];
  if (contactIds.length > 0) {
    await db
      .insert(portalPlaceContacts)
      .values(contactIds.map((contactId, position) => ({ placeId, contactId, position })));
  }
}

function toColumns({ texts: _texts, contactIds: _contactIds, ...columns }: TPlaceFields) {
  return columns;
}

export async function createPlace(
  db: TDb,
  caller: TContentCaller<TPortalPlaceAction>,
  audit: TAuditContext,
  input: TPlaceInput,
) {
  requireOwnerInReach(caller, "create", input.ownerUnitKey);
  await checkReferences(db, input.ownerUnitKey, input);
  const districtAgs = await ownerDistrictAgs(db, caller);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(portalPlaces)
      .values({
        ...toColumns(input),
        ownerUnitKey: input.ownerUnitKey,
        districtAgs,
        createdBy: caller.userId,
        updatedBy: caller.userId,
      })
      .returning({ id: portalPlaces.id });
    if (!row) throw new Error("place not created");
    await replaceChildren(tx, row.id, input);
    await recordAuditEvent(tx, audit, {
      action: "portal_place.create",
      subjectType: "portal_place",
      subjectId: row.id,
    });
    return readPlace(tx, caller, row.id);
  });
}

/** Saves the place at the version the editor read; a newer one is 409. */
export async function updatePlace(
  db: TDb,
  caller: TContentCaller<TPortalPlaceAction>,
  audit: TAuditContext,
  id: string,
  { version, ...fields }: TPlaceUpdate,
): Promise<TPlace> {
  return db.transaction(async (tx) => {
    const current = await findPlaceRow(tx, caller, id, "update");
    await checkReferences(tx, current.ownerUnitKey, fields);
    const [row] = await tx
      .update(portalPlaces)
      .set({
        ...toColumns(fields),
        version: sql`${portalPlaces.version} + 1`,
        updatedAt: sql`now()`,
        updatedBy: caller.userId,
      })
      .where(and(eq(portalPlaces.id, id), eq(portalPlaces.version, version)))
      .returning({ id: portalPlaces.id });
    if (!row) throw new HttpProblem(409, "changedMeanwhile");
    const [before] = await toPlaces(tx, [current]);
    await replaceChildren(tx, id, fields);
    const after = await readPlace(tx, caller, id);
    const { version: _version, updatedAt: _updatedAt, ...changes } = after;
    await recordAuditEvent(tx, audit, {
      action: "portal_place.update",
      subjectType: "portal_place",
      subjectId: id,
      detail: { fields: before ? listChangedFields(before, changes) : [] },
    });
    return after;
  });
}

export async function setPlaceStatus(
  db: TDb,
  caller: TContentCaller<TPortalPlaceAction>,
  audit: TAuditContext,
  id: string,
  status: TPlaceStatus,
  version: number,
): Promise<TPlace> {
  return db.transaction(async (tx) => {
    await findPlaceRow(tx, caller, id, "publish");
    const [row] = await tx
      .update(portalPlaces)
      .set({ status, version: sql`${portalPlaces.version} + 1`, updatedAt: sql`now()`, updatedBy: caller.userId })
      .where(and(eq(portalPlaces.id, id), eq(portalPlaces.version, version)))
      .returning({ id: portalPlaces.id });
    if (!row) throw new HttpProblem(409, "changedMeanwhile");
    await recordAuditEvent(tx, audit, {
      action: status === "published" ? "portal_place.publish" : "portal_place.unpublish",
      subjectType: "portal_place",
      subjectId: id,
    });
    return readPlace(tx, caller, id);
  });
}

/** Only drafts are deleted; a published place is unpublished first. */
export async function deletePlace(
  db: TDb,
  caller: TContentCaller<TPortalPlaceAction>,
  audit: TAuditContext,
  id: string,
) {
  await db.transaction(async (tx) => {
    const current = await findPlaceRow(tx, caller, id, "delete");
    if (current.status !== "draft") throw new HttpProblem(409, "portalPlaceNotDraft");
    await tx.delete(portalPlaces).where(eq(portalPlaces.id, id));
    await recordAuditEvent(tx, audit, { action: "portal_place.delete", subjectType: "portal_place", subjectId: id });
  });
}
