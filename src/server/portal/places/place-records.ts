import { and, asc, eq, inArray } from "drizzle-orm";
import type { TPlace } from "../../../common/portal/place-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TContentCaller } from "./content-caller.js";
import { buildContentReach } from "./content-reach.js";
import type { TPortalPlaceAction } from "./portal-place-policy.js";
import { portalPlaceContacts, portalPlaces, portalPlaceTexts } from "./portal-place-tables.js";

type TPlaceRow = typeof portalPlaces.$inferSelect;

/** Places as the staff API returns them: texts and contact ids loaded for all rows at once. */
export async function toPlaces(db: TDbExecutor, rows: TPlaceRow[]): Promise<TPlace[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [texts, contacts] = await Promise.all([
    db
      .select()
      .from(portalPlaceTexts)
      .where(inArray(portalPlaceTexts.placeId, ids))
      .orderBy(asc(portalPlaceTexts.language)),
    db
      .select()
      .from(portalPlaceContacts)
      .where(inArray(portalPlaceContacts.placeId, ids))
      .orderBy(asc(portalPlaceContacts.position)),
  ]);
  return rows.map((row) => {
    const { districtAgs: _district, createdAt: _created, createdBy: _createdBy, updatedBy: _updatedBy, ...rest } = row;
    return {
      ...rest,
      updatedAt: row.updatedAt.toISOString(),
      texts: texts
        .filter((text) => text.placeId === row.id)
        .map(({ language, name, description }) => ({ language, name, description })),
      contactIds: contacts.filter((link) => link.placeId === row.id).map((link) => link.contactId),
    };
  });
}

/** One place within the caller's reach for the action; outside it, 404. */
export async function findPlaceRow(
  db: TDbExecutor,
  caller: TContentCaller<TPortalPlaceAction>,
  id: string,
  action: TPortalPlaceAction,
) {
  const [row] = await db
    .select()
    .from(portalPlaces)
    .where(and(eq(portalPlaces.id, id), buildContentReach(caller.owners(action), portalPlaces.ownerUnitKey)));
  if (!row) throw new HttpProblem(404, "notFound");
  return row;
}

export async function readPlace(
  db: TDbExecutor,
  caller: TContentCaller<TPortalPlaceAction>,
  id: string,
): Promise<TPlace> {
  const [place] = await toPlaces(db, [await findPlaceRow(db, caller, id, "read")]);
  if (!place) throw new HttpProblem(404, "notFound");
  return place;
}
