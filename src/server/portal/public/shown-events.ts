import type { TPortalEvent, TPortalEventOccurrence } from "../../../common/portal/event-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import type { TDb } from "../../platform/db/database.js";
import { listOccurrences } from "../events/portal-event-occurrences.js";
import { listPublishedEventsOf } from "../events/public-portal-events.js";

const dayMs = 86_400_000;
/** The events page looks this far ahead. */
export const upcomingDays = 60;

export type TEventText = { language: TContentLanguage; title: string; descriptionHtml: string };

/** The event's text in the language read, else German (and says which). */
export function eventTextIn(event: TPortalEvent, language: TContentLanguage): TEventText {
  const text =
    event.texts.find((candidate) => candidate.language === language) ??
    event.texts.find((candidate) => candidate.language === "de") ??
    event.texts[0];
  return { language: text?.language ?? "de", title: text?.title ?? "", descriptionHtml: text?.descriptionHtml ?? "" };
}

/** The occurrences of the unit's and the district-wide published events from now on, in time order. */
export async function listUpcomingOccurrences(
  db: TDb,
  unitKey: string,
  language: TContentLanguage,
  now: Date,
  days = upcomingDays,
): Promise<{ events: TPortalEvent[]; occurrences: TPortalEventOccurrence[] }> {
  const events = await listPublishedEventsOf(db, unitKey);
  const occurrences = listOccurrences(events, { from: now, to: new Date(now.getTime() + days * dayMs) }, language);
  return { events, occurrences: occurrences.filter((occurrence) => new Date(occurrence.endsAt) > now) };
}

/** A published event the unit's portal shows (its own or district-wide), with its next dates within a year. */
export async function findShownEvent(db: TDb, unitKey: string, id: string, language: TContentLanguage, now: Date) {
  const events = await listPublishedEventsOf(db, unitKey);
  const event = events.find((candidate) => candidate.id === id);
  if (!event) return undefined;
  const next = listOccurrences([event], { from: now, to: new Date(now.getTime() + 365 * dayMs) }, language).filter(
    (occurrence) => new Date(occurrence.endsAt) > now,
  );
  return { event, next };
}
