import { and, eq, inArray, sql } from "drizzle-orm";
import type { TPortalEvent, TPortalEventContent, TPortalEventUpdate } from "../../../common/portal/event-schemas.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import {
  auditEventChange,
  buildEventReach,
  findDistrictOrganisationIds,
  isEventOwnerInReach,
  type TPortalEventCaller,
} from "./portal-event-caller.js";
import type { TPortalEventAction } from "./portal-event-policy.js";
import { readPortalEvent, replaceEventTexts, toEventColumns } from "./portal-event-records.js";
import { portalEvents } from "./portal-event-tables.js";

/**
 * The district an owner belongs to; an owner outside the caller's reach for the action is a field
 * problem at the pointer. District-wide events belong to the district of the editor's organisation.
 */
export async function resolveEventOwner(
  executor: TDbExecutor,
  caller: TPortalEventCaller,
  owner: string | null,
  { action = "create", pointer = "/body/municipalUnitKey" }: { action?: TPortalEventAction; pointer?: string } = {},
): Promise<string> {
  const outOfReach = () => new FieldRuleViolation([{ pointer, code: "portal_event_unit_out_of_reach" }]);
  if (!isEventOwnerInReach(caller, action, owner)) throw outOfReach();
  const [row] =
    owner === null
      ? await executor
          .select({ districtAgs: organisations.districtAgs })
          .from(organisations)
          .where(inArray(organisations.id, findDistrictOrganisationIds(caller, action)))
          .orderBy(organisations.districtAgs)
          .limit(1)
      : await executor
          .select({ districtAgs: municipalUnits.districtAgs })
          .from(municipalUnits)
          .where(eq(municipalUnits.key, owner));
  if (!row) throw outOfReach();
  return row.districtAgs;
}

/** A new event as a draft of the given unit (or district-wide). */
export function createPortalEvent(
  db: TDb,
  caller: TPortalEventCaller,
  content: TPortalEventContent,
): Promise<TPortalEvent> {
  return db.transaction(async (tx) => {
    const districtAgs = await resolveEventOwner(tx, caller, content.municipalUnitKey);
    const [row] = await tx
      .insert(portalEvents)
      .values({
        ...toEventColumns(content),
        districtAgs,
        municipalUnitKey: content.municipalUnitKey,
        createdBy: caller.audit.actorUserId,
        updatedBy: caller.audit.actorUserId,
      })
      .returning({ id: portalEvents.id });
    if (!row) throw new Error("insert returned no row");
    await replaceEventTexts(tx, row.id, content.texts);
    await auditEventChange(tx, caller, "portal_event.create", row.id);
    return readPortalEvent(tx, row.id, buildEventReach(caller, "read"));
  });
}

/** Locks the event as the caller may change it: out of reach 404, changed since the version read 409. */
export async function lockPortalEvent(tx: TDbExecutor, caller: TPortalEventCaller, eventId: string, version: number) {
  const [event] = await tx
    .select()
    .from(portalEvents)
    .where(and(eq(portalEvents.id, eventId), buildEventReach(caller, "update")))
    .for("update");
  if (!event) throw new HttpProblem(404, "notFound");
  if (event.version !== version) throw new HttpProblem(409, "changedMeanwhile");
  return event;
}

/** Saves the event at the version read; moving it to another owner needs reach there too. */
export function updatePortalEvent(
  db: TDb,
  caller: TPortalEventCaller,
  eventId: string,
  input: TPortalEventUpdate,
): Promise<TPortalEvent> {
  const { version, ...content } = input;
  return db.transaction(async (tx) => {
    await lockPortalEvent(tx, caller, eventId, version);
    const districtAgs = await resolveEventOwner(tx, caller, content.municipalUnitKey);
    await tx
      .update(portalEvents)
      .set({
        ...toEventColumns(content),
        districtAgs,
        municipalUnitKey: content.municipalUnitKey,
        version: sql`${portalEvents.version} + 1`,
        updatedBy: caller.audit.actorUserId,
        updatedAt: sql`now()`,
      })
      .where(eq(portalEvents.id, eventId));
    await replaceEventTexts(tx, eventId, content.texts);
    await auditEventChange(tx, caller, "portal_event.update", eventId);
    return readPortalEvent(tx, eventId, buildEventReach(caller, "read"));
  });
}
