import { and, asc, count, eq, exists, ilike, isNull, sql } from "drizzle-orm";
import type { TPlaceListQuery } from "../../../common/portal/place-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import type { TContentCaller } from "./content-caller.js";
import { buildContentReach } from "./content-reach.js";
import { toPlaces } from "./place-records.js";
import type { TPortalPlaceAction } from "./portal-place-policy.js";
import { portalPlaces, portalPlaceTexts } from "./portal-place-tables.js";

/** The caller's places, filtered, searched by name in any language, ordered by update. */
export async function listPlaces(db: TDb, caller: TContentCaller<TPortalPlaceAction>, query: TPlaceListQuery) {
  const pattern = query.q ? `%${query.q.replaceAll(/[%_\\]/g, "\\$&")}%` : undefined;
  const condition = and(
    buildContentReach(caller.owners("list"), portalPlaces.ownerUnitKey),
    query.owner === undefined
      ? undefined
      : query.owner === "district"
        ? isNull(portalPlaces.ownerUnitKey)
        : eq(portalPlaces.ownerUnitKey, query.owner),
    query.category ? eq(portalPlaces.category, query.category) : undefined,
    query.municipalityAgs ? eq(portalPlaces.municipalityAgs, query.municipalityAgs) : undefined,
    query.status ? eq(portalPlaces.status, query.status) : undefined,
    pattern
      ? exists(
          db
            .select({ one: sql`1` })
            .from(portalPlaceTexts)
            .where(and(eq(portalPlaceTexts.placeId, portalPlaces.id), ilike(portalPlaceTexts.name, pattern))),
        )
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(portalPlaces)
      .where(condition)
      .orderBy(sql`${portalPlaces.updatedAt} desc`, asc(portalPlaces.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(portalPlaces).where(condition),
  ]);
  return { items: await toPlaces(db, rows), total: total?.value ?? 0, page: query.page, pageSize: query.pageSize };
}
