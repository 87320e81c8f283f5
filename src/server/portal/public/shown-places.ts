import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { TPublicPlace } from "../../../common/portal/place-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import { portalPlaces } from "../places/portal-place-tables.js";
import { listPublicPlaceContacts, toPublicPlaces } from "../places/public-places.js";
import { uuidPattern } from "./view-parts.js";

export type TShownPlace = TPublicPlace;
export type TShownPlaceDetail = TShownPlace & { contacts: Awaited<ReturnType<typeof listPublicPlaceContacts>> };

/** Published, and the unit's own or district-wide within the unit's district: never another unit's place. */
const shownIn = (unitKey: string) =>
  and(
    eq(portalPlaces.status, "published"),
    or(eq(portalPlaces.ownerUnitKey, unitKey), isNull(portalPlaces.ownerUnitKey)),
    eq(
      portalPlaces.districtAgs,
      sql`(select ${municipalUnits.districtAgs} from ${municipalUnits} where ${municipalUnits.key} = ${unitKey})`,
    ),
  );

/** Every place the unit's portal shows, by name in the language read. */
export async function listShownPlaces(db: TDb, unitKey: string, language: string, now: Date): Promise<TShownPlace[]> {
  const rows = await db.select().from(portalPlaces).where(shownIn(unitKey));
  const places = await toPublicPlaces(
    db,
    rows.map((place) => ({ place, distance: null })),
    language,
    now,
  );
  return places.sort((a, b) => a.name.localeCompare(b.name, "de"));
}

/** One place the unit's portal shows, with its contacts; undefined for a draft, another unit's or none. */
export async function findShownPlace(
  db: TDb,
  unitKey: string,
  id: string,
  language: string,
  now: Date,
): Promise<TShownPlaceDetail | undefined> {
  if (!uuidPattern.test(id)) return undefined;
  const [place] = await db
    .select()
    .from(portalPlaces)
    .where(and(eq(portalPlaces.id, id), shownIn(unitKey)));
  if (!place) return undefined;
  const [shown] = await toPublicPlaces(db, [{ place, distance: null }], language, now);
  return shown && { ...shown, contacts: await listPublicPlaceContacts(db, id) };
}
