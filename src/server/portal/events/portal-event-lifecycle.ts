import { eq, sql } from "drizzle-orm";
import type { TPortalEvent } from "../../../common/portal/event-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { auditEventChange, buildEventReach, type TPortalEventCaller } from "./portal-event-caller.js";
import { readPortalEvent } from "./portal-event-records.js";
import { portalEvents } from "./portal-event-tables.js";
import { lockPortalEvent } from "./save-portal-event.js";

/** Publishes a draft (shown on the portal and in the feeds) or takes a published event back to draft. */
export function setPortalEventStatus(
  db: TDb,
  caller: TPortalEventCaller,
  eventId: string,
  version: number,
  status: "draft" | "published",
): Promise<TPortalEvent> {
  return db.transaction(async (tx) => {
    const event = await lockPortalEvent(tx, caller, eventId, version);
    if (event.status === status) throw new HttpProblem(409, "changedMeanwhile");
    await tx
      .update(portalEvents)
      .set({ status, version: sql`${portalEvents.version} + 1`, updatedAt: sql`now()` })
      .where(eq(portalEvents.id, eventId));
    await auditEventChange(
      tx,
      caller,
      status === "published" ? "portal_event.publish" : "portal_event.unpublish",
      eventId,
    );
    return readPortalEvent(tx, eventId, buildEventReach(caller, "read"));
  });
}

/** Deletes a draft; a published event must be unpublished first (409). */
export function deletePortalEvent(db: TDb, caller: TPortalEventCaller, eventId: string, version: number) {
  return db.transaction(async (tx) => {
    const event = await lockPortalEvent(tx, caller, eventId, version);
    if (event.status !== "draft") throw new HttpProblem(409, "changedMeanwhile");
    await tx.delete(portalEvents).where(eq(portalEvents.id, eventId));
    await auditEventChange(tx, caller, "portal_event.delete", eventId);
  });
}
