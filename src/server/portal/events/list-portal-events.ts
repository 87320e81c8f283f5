import { and, count, eq, gte, isNotNull, isNull, lt, or, type SQL } from "drizzle-orm";
import type { TPortalEventPage, TPortalEventQuery } from "../../../common/portal/event-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { buildEventReach, type TPortalEventCaller } from "./portal-event-caller.js";
import { selectPortalEvents } from "./portal-event-records.js";
import { portalEvents } from "./portal-event-tables.js";

/**
 * Events that may fall into [from, to): starting before "to"; recurring ones are kept whatever their
 * first date, since the occurrences endpoint decides which of their dates fall in.
 */
export function buildDateRange(from: string | undefined, to: string | undefined): SQL | undefined {
  const startsBefore = to
    ? or(lt(portalEvents.startsAt, new Date(to)), lt(portalEvents.startsOn, to.slice(0, 10)))
    : undefined;
  const endsAfter = from
    ? or(
        gte(portalEvents.endsAt, new Date(from)),
        gte(portalEvents.endsOn, from.slice(0, 10)),
        isNotNull(portalEvents.recurrence),
      )
    : undefined;
  return and(startsBefore, endsAfter);
}

export function buildOwnerFilter(owner: string | undefined): SQL | undefined {
  if (owner === undefined) return undefined;
  return owner === "district" ? isNull(portalEvents.municipalUnitKey) : eq(portalEvents.municipalUnitKey, owner);
}

/** The events within the caller's reach, filtered by owner, status and dates, a page at a time. */
export async function listPortalEvents(
  db: TDb,
  caller: TPortalEventCaller,
  query: TPortalEventQuery,
): Promise<TPortalEventPage> {
  const where = and(
    buildEventReach(caller, "list"),
    buildOwnerFilter(query.owner),
    query.status ? eq(portalEvents.status, query.status) : undefined,
    buildDateRange(query.from, query.to),
  );
  const [items, [total]] = await Promise.all([
    selectPortalEvents(db, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    db.select({ value: count() }).from(portalEvents).where(where),
  ]);
  return {
    items,
    total: total?.value ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
