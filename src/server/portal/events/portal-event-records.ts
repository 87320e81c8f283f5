import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { TPortalEvent, TPortalEventContent } from "../../../common/portal/event-schemas.js";
import { sanitiseDescription } from "../../offers/directory/sanitise-offer-html.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { portalEvents, portalEventTexts } from "./portal-event-tables.js";

export type TPortalEventRow = typeof portalEvents.$inferSelect;
export type TPortalEventTextRow = typeof portalEventTexts.$inferSelect;

export function toPortalEvent(row: TPortalEventRow, texts: TPortalEventTextRow[]): TPortalEvent {
  return {
    id: row.id,
    municipalUnitKey: row.municipalUnitKey,
    status: row.status as TPortalEvent["status"],
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    recurrence: row.recurrence,
    address: row.address,
    placeId: row.placeId,
    latitude: row.latitude,
    longitude: row.longitude,
    onlineUrl: row.onlineUrl,
    organiser: row.organiser,
    isFree: row.isFree,
    importedFrom: row.importedFrom,
    importUid: row.importUid,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    texts: texts
      .filter((text) => text.eventId === row.id)
      .map((text) => ({
        language: text.language as TPortalEvent["texts"][number]["language"],
        title: text.title,
        descriptionHtml: text.descriptionHtml,
      })),
  };
}

/** Events with their texts, in start order. */
export async function selectPortalEvents(
  executor: TDbExecutor,
  where: SQL | undefined,
  page: { limit: number; offset: number } = { limit: 10_000, offset: 0 },
): Promise<TPortalEvent[]> {
  const rows = await executor
    .select()
    .from(portalEvents)
    .where(where)
    .orderBy(asc(portalEvents.startsAt), asc(portalEvents.startsOn), asc(portalEvents.id))
    .limit(page.limit)
    .offset(page.offset);
  if (rows.length === 0) return [];
  const texts = await executor
    .select()
    .from(portalEventTexts)
    .where(
      inArray(
        portalEventTexts.eventId,
        rows.map((row) => row.id),
      ),
    );
  return rows.map((row) => toPortalEvent(row, texts));
}

export async function readPortalEvent(executor: TDbExecutor, eventId: string, reach: SQL): Promise<TPortalEvent> {
  const [event] = await selectPortalEvents(executor, and(eq(portalEvents.id, eventId), reach));
  if (!event) throw new HttpProblem(404, "notFound");
  return event;
}

/** The content's columns (without owner and texts), with times as the database takes them. */
export function toEventColumns(content: TPortalEventContent) {
  return {
    startsAt: content.startsAt ? new Date(content.startsAt) : null,
    endsAt: content.endsAt ? new Date(content.endsAt) : null,
    startsOn: content.startsOn,
    endsOn: content.endsOn,
    recurrence: content.recurrence?.replace(/^RRULE:/i, "").toUpperCase() ?? null,
    address: content.address,
    placeId: content.placeId,
    latitude: content.latitude,
    longitude: content.longitude,
    onlineUrl: content.onlineUrl,
    organiser: content.organiser,
    isFree: content.isFree,
  };
}

/** Replaces the event's texts; descriptions go through the offers' allow-list sanitiser. */
export async function replaceEventTexts(executor: TDbExecutor, eventId: string, texts: TPortalEventContent["texts"]) {
  await executor.delete(portalEventTexts).where(eq(portalEventTexts.eventId, eventId));
  await executor.insert(portalEventTexts).values(
    texts.map((text) => ({
      eventId,
      language: text.language,
      title: text.title,
      descriptionHtml: sanitiseDescription(text.descriptionHtml),
    })),
  );
}
