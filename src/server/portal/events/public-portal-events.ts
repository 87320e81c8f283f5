import { and, eq, isNull, or } from "drizzle-orm";
import type { TPortalEvent } from "../../../common/portal/event-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import { selectPortalEvents } from "./portal-event-records.js";
import { portalEvents } from "./portal-event-tables.js";

const isPublished = eq(portalEvents.status, "published");

/** A published event, or 404 (drafts do not exist for the public). */
export async function readPublishedEvent(db: TDb, eventId: string): Promise<TPortalEvent> {
  const [event] = await selectPortalEvents(db, and(eq(portalEvents.id, eventId), isPublished));
  if (!event) throw new HttpProblem(404, "notFound");
  return event;
}

/** The published events of a municipal unit and the district-wide ones of its district. */
export async function listPublishedEventsOf(db: TDb, unitKey: string): Promise<TPortalEvent[]> {
  const [unit] = await db
    .select({ districtAgs: municipalUnits.districtAgs })
    .from(municipalUnits)
    .where(eq(municipalUnits.key, unitKey));
  if (!unit) throw new HttpProblem(404, "notFound");
  return selectPortalEvents(
    db,
    and(
      isPublished,
      eq(portalEvents.districtAgs, unit.districtAgs),
      or(eq(portalEvents.municipalUnitKey, unitKey), isNull(portalEvents.municipalUnitKey)),
    ),
  );
}
