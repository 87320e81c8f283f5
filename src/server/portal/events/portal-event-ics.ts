import ical, { ICalEventRepeatingFreq, ICalEventStatus, type ICalWeekday } from "ical-generator";
import type { TPortalEvent } from "../../../common/portal/event-schemas.js";
import { parseRecurrenceRule } from "../../../common/portal/recurrence-rule.js";
import { titleIn } from "./portal-event-occurrences.js";

function descriptionIn(event: TPortalEvent, language: string): string {
  const text =
    event.texts.find((candidate) => candidate.language === language) ?? event.texts.find((t) => t.language === "de");
  return (text?.descriptionHtml ?? "")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Events as one iCalendar file (RFC 5545), texts in the language asked for with German as
 * fallback. Times in UTC like the appointments; all-day events as DATE values. The RRULE is written
 * from our parsed subset, so what a calendar repeats is what the portal shows.
 */
export function buildEventsIcs(events: TPortalEvent[], language: string, name: string, now = new Date()): string {
  const calendar = ical({ name, prodId: { company: "KommMit", product: "KommMit Portal", language: "DE" } });
  for (const event of events) {
    const isAllDay = event.startsOn !== null;
    const parsed = event.recurrence ? parseRecurrenceRule(event.recurrence) : null;
    const rule = parsed?.ok ? parsed.rule : null;
    calendar.createEvent({
      id: `${event.id}@kommmit`,
      sequence: event.version,
      stamp: now,
      allDay: isAllDay,
      start: new Date(isAllDay ? `${event.startsOn}T00:00:00Z` : (event.startsAt ?? "")),
      end: isAllDay
        ? new Date(new Date(`${event.endsOn}T00:00:00Z`).getTime() + 86_400_000)
        : new Date(event.endsAt ?? ""),
      summary: titleIn(event, language),
      description: descriptionIn(event, language) || null,
      location: event.address,
      url: event.onlineUrl,
      status: ICalEventStatus.CONFIRMED,
      ...(rule
        ? {
            repeating: {
              freq: ICalEventRepeatingFreq[rule.frequency],
              interval: rule.interval,
              ...(rule.count !== null ? { count: rule.count } : {}),
              ...(rule.until ? { until: rule.until } : {}),
              ...(rule.byDay.length > 0
                ? { byDay: rule.byDay.map((day) => `${day.ordinal ?? ""}${day.weekday}` as ICalWeekday) }
                : {}),
            },
          }
        : {}),
    });
  }
  return calendar.toString();
}
