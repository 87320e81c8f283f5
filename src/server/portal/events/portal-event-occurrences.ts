import type { TPortalEvent, TPortalEventOccurrence } from "../../../common/portal/event-schemas.js";
import { parseRecurrenceRule } from "../../../common/portal/recurrence-rule.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import { expandRecurrence, maxOccurrences, maxRangeDays } from "./expand-recurrence.js";

const dayMs = 86_400_000;

/** The range asked for, at most a year; a wider or reversed one is a field problem of "to". */
export function checkOccurrenceRange(from: string, to: string): { from: Date; to: Date } {
  const range = { from: new Date(from), to: new Date(to) };
  const days = (range.to.getTime() - range.from.getTime()) / dayMs;
  if (days <= 0 || days > maxRangeDays) {
    throw new FieldRuleViolation([{ pointer: "/querystring/to", code: "portal_event_range_too_long" }]);
  }
  return range;
}

/** The title in the language asked for, else German, else the first there is. */
export function titleIn(event: TPortalEvent, language: string): string {
  const text =
    event.texts.find((candidate) => candidate.language === language) ??
    event.texts.find((candidate) => candidate.language === "de") ??
    event.texts[0];
  return text?.title ?? "";
}

/** Every occurrence of the events within the range, in time order, at most 500 in all. */
export function listOccurrences(
  events: TPortalEvent[],
  range: { from: Date; to: Date },
  language: string,
): TPortalEventOccurrence[] {
  const occurrences = events.flatMap((event) => {
    const parsed = event.recurrence ? parseRecurrenceRule(event.recurrence) : null;
    const rule = parsed?.ok ? parsed.rule : null;
    const isAllDay = event.startsOn !== null;
    const start = new Date(isAllDay ? `${event.startsOn}T00:00:00Z` : (event.startsAt ?? ""));
    const end = isAllDay
      ? new Date(`${event.endsOn}T00:00:00Z`).getTime() + dayMs
      : new Date(event.endsAt ?? "").getTime();
    const expansion = {
      start,
      durationMs: end - start.getTime(),
      zone: isAllDay ? ("UTC" as const) : ("Europe/Berlin" as const),
    };
    return expandRecurrence(expansion, rule, range).map((occurrence) => ({
      eventId: event.id,
      startsAt: occurrence.start.toISOString(),
      endsAt: occurrence.end.toISOString(),
      isAllDay,
      title: titleIn(event, language),
    }));
  });
  return occurrences.sort((a, b) => a.startsAt.localeCompare(b.startsAt)).slice(0, maxOccurrences);
}
