import { and, asc, count, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { berlinWeekdayAndTime, isOpenAt } from "../../../common/portal/place.js";
import type { TPublicPlace, TPublicPlaceQuery } from "../../../common/portal/place-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { toPortalContact } from "./portal-contacts.js";
import { portalContacts, portalPlaceContacts, portalPlaces, portalPlaceTexts } from "./portal-place-tables.js";

export const publicPlacePageSize = 20;

type TPlaceRow = typeof portalPlaces.$inferSelect;

/** Great-circle distance in metres (earthdistance), null without coordinates. */
function buildDistance(near: { latitude: number; longitude: number } | undefined): SQL<number | null> {
  if (!near) return sql<null>`null::float8`;
  return sql<number | null>`case when ${portalPlaces.latitude} is null or ${portalPlaces.longitude} is null then null
    else earth_distance(ll_to_earth(${near.latitude}, ${near.longitude}),
      ll_to_earth(${portalPlaces.latitude}::float8, ${portalPlaces.longitude}::float8)) end`;
}

function parseNear(near: string | undefined) {
  if (!near) return undefined;
  const [latitude = 0, longitude = 0] = near.split(",").map(Number);
  return { latitude, longitude };
}

/** Name and description in the requested language, else German; says which one was used. */
export async function toPublicPlaces(
  db: TDb,
  rows: { place: TPlaceRow; distance: number | null }[],
  language: string,
  now: Date,
) {
  const ids = rows.map((row) => row.place.id);
  const texts =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(portalPlaceTexts)
          .where(and(inArray(portalPlaceTexts.placeId, ids), inArray(portalPlaceTexts.language, [language, "de"])));
  const { weekday, time } = berlinWeekdayAndTime(now);
  return rows.map(({ place, distance }): TPublicPlace => {
    const text =
      texts.find((entry) => entry.placeId === place.id && entry.language === language) ??
      texts.find((entry) => entry.placeId === place.id && entry.language === "de");
    const {
      districtAgs: _d,
      createdAt: _c,
      createdBy: _cb,
      updatedAt: _u,
      updatedBy: _ub,
      status: _s,
      version: _v,
      ...rest
    } = place;
    return {
      ...rest,
      name: text?.name ?? "",
      description: text?.description ?? "",
      language: text?.language ?? "de",
      isOpenNow: isOpenAt(place.openingHours, weekday, time),
      distanceMetres: distance === null ? null : Math.round(distance),
    };
  });
}

/** Published places of a unit (with the district-wide ones), a category, nearest first when asked. */
export async function listPublicPlaces(db: TDb, query: TPublicPlaceQuery, now: Date) {
  const near = parseNear(query.near);
  const distance = buildDistance(near);
  const condition = and(
    eq(portalPlaces.status, "published"),
    query.unit ? or(eq(portalPlaces.ownerUnitKey, query.unit), isNull(portalPlaces.ownerUnitKey)) : undefined,
    query.category ? eq(portalPlaces.category, query.category) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ place: portalPlaces, distance })
      .from(portalPlaces)
      .where(condition)
      .orderBy(near ? sql`${distance} asc nulls last` : asc(portalPlaces.createdAt), asc(portalPlaces.id))
      .limit(publicPlacePageSize)
      .offset((query.page - 1) * publicPlacePageSize),
    db.select({ value: count() }).from(portalPlaces).where(condition),
  ]);
  return {
    items: await toPublicPlaces(db, rows, query.lang, now),
    total: total?.value ?? 0,
    page: query.page,
    pageSize: publicPlacePageSize,
  };
}

/** One published place with its contacts in their order; a draft is 404. */
export async function readPublicPlace(db: TDb, id: string, language: string, now: Date) {
  const [place] = await db
    .select()
    .from(portalPlaces)
    .where(and(eq(portalPlaces.id, id), eq(portalPlaces.status, "published")));
  if (!place) throw new HttpProblem(404, "notFound");
  const [item] = await toPublicPlaces(db, [{ place, distance: null }], language, now);
  if (!item) throw new HttpProblem(404, "notFound");
  return { ...item, contacts: await listPublicPlaceContacts(db, id) };
}

/** The contacts a place shows, in their order, without the owner's bookkeeping. */
export async function listPublicPlaceContacts(db: TDb, placeId: string) {
  const contacts = await db
    .select({ contact: portalContacts })
    .from(portalPlaceContacts)
    .innerJoin(portalContacts, eq(portalContacts.id, portalPlaceContacts.contactId))
    .where(eq(portalPlaceContacts.placeId, placeId))
    .orderBy(asc(portalPlaceContacts.position));
  return contacts.map(({ contact }) => {
    const { ownerUnitKey: _o, version: _v, updatedAt: _u, ...rest } = toPortalContact(contact);
    return rest;
  });
}
