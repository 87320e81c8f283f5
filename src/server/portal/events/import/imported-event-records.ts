import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { TPortalEvent } from "../../../../common/portal/event-schemas.js";
import { sanitiseDescription } from "../../../offers/directory/sanitise-offer-html.js";
import type { TDbExecutor } from "../../../platform/db/database.js";
import type { TPortalEventCaller } from "../portal-event-caller.js";
import { selectPortalEvents, toEventColumns } from "../portal-event-records.js";
import { portalEvents, portalEventTexts } from "../portal-event-tables.js";
import { importedColumnsOf, type TImportedEvent } from "./plan-event-import.js";

/** The owner events are imported for: its district, and the unit (null: district-wide). */
export type TImportOwner = { districtAgs: string; municipalUnitKey: string | null };

const batchSize = 500;

function batches<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += batchSize) result.push(items.slice(start, start + batchSize));
  return result;
}

const germanText = (item: TImportedEvent) => {
  const text = item.content.texts.find((candidate) => candidate.language === "de");
  return { title: text?.title ?? "", descriptionHtml: sanitiseDescription(text?.descriptionHtml ?? "") };
};

/** The owner's events imported earlier under these UIDs, by UID; locked for the import when it writes. */
export async function findImportedEvents(
  tx: TDbExecutor,
  owner: TImportOwner,
  uids: string[],
  isLocking: boolean,
): Promise<Map<string, TPortalEvent>> {
  const found = new Map<string, TPortalEvent>();
  for (const batch of batches(uids)) {
    const where = and(
      eq(portalEvents.districtAgs, owner.districtAgs),
      owner.municipalUnitKey === null
        ? isNull(portalEvents.municipalUnitKey)
        : eq(portalEvents.municipalUnitKey, owner.municipalUnitKey),
      inArray(portalEvents.importUid, batch),
    );
    if (isLocking) await tx.select({ id: portalEvents.id }).from(portalEvents).where(where).for("update");
    for (const event of await selectPortalEvents(tx, where)) {
      if (event.importUid !== null) found.set(event.importUid, event);
    }
  }
  return found;
}

/** New imported events as drafts, with their German text, a batch at a time. */
export async function insertImportedEvents(
  tx: TDbExecutor,
  caller: TPortalEventCaller,
  owner: TImportOwner,
  importedFrom: string,
  items: TImportedEvent[],
): Promise<void> {
  for (const batch of batches(items)) {
    const rows = await tx
      .insert(portalEvents)
      .values(
        batch.map((item) => ({
          ...toEventColumns(item.content),
          ...owner,
          importedFrom,
          importUid: item.uid,
          createdBy: caller.audit.actorUserId,
          updatedBy: caller.audit.actorUserId,
        })),
      )
      .returning({ id: portalEvents.id, importUid: portalEvents.importUid });
    const idOf = new Map(rows.map((row) => [row.importUid, row.id]));
    await tx.insert(portalEventTexts).values(
      batch.map((item) => {
        const eventId = idOf.get(item.uid);
        if (!eventId) throw new Error("imported event not inserted");
        return { eventId, language: "de", ...germanText(item) };
      }),
    );
  }
}

/**
 * Overwrites the fields the calendar supplies (times, rule, address, coordinates, link, German
 * text) at a new version; status, place, organiser and other languages stay.
 */
export async function updateImportedEvents(
  tx: TDbExecutor,
  caller: TPortalEventCaller,
  importedFrom: string,
  items: (TImportedEvent & { eventId: string })[],
): Promise<void> {
  for (const item of items) {
    await tx
      .update(portalEvents)
      .set({
        ...importedColumnsOf(item.content),
        importedFrom,
        version: sql`${portalEvents.version} + 1`,
        updatedBy: caller.audit.actorUserId,
        updatedAt: sql`now()`,
      })
      .where(eq(portalEvents.id, item.eventId));
    const text = germanText(item);
    await tx
      .insert(portalEventTexts)
      .values({ eventId: item.eventId, language: "de", ...text })
      .onConflictDoUpdate({ target: [portalEventTexts.eventId, portalEventTexts.language], set: text });
  }
}
