import {
  recurrenceWeekdays,
  type TRecurrenceDay,
  type TRecurrenceRule,
} from "../../../common/portal/recurrence-rule.js";

/** Events repeat at the same local time in the district, so expansion runs on Berlin's wall clock. */
export const eventTimeZone = "Europe/Berlin";
/** The most occurrences one expansion returns, and the longest range it may be asked for. */
export const maxOccurrences = 500;
export const maxRangeDays = 366;

const dayMs = 86_400_000;
/** Stops a rule whose occurrences all fall outside the range from looping for ever. */
const maxCandidates = 20_000;

export type TExpansionStart = { start: Date; durationMs: number; zone: "Europe/Berlin" | "UTC" };
export type TOccurrence = { start: Date; end: Date };

function offsetMs(instant: Date, zone: string): number {
  if (zone === "UTC") return 0;
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(
    value("year"),
    value("month") - 1,
    value("day"),
    value("hour"),
    value("minute"),
    value("second"),
  );
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** A wall-clock time (held in a Date's UTC fields) as the instant it is in the zone. */
export function fromWall(wall: number, zone: string): Date {
  const guess = wall - offsetMs(new Date(wall), zone);
  return new Date(wall - offsetMs(new Date(guess), zone));
}

const weekdayOf = (wall: number) => (new Date(wall).getUTCDay() + 6) % 7;

function daysOfWeek(weekStart: number, byDay: TRecurrenceDay[], startWall: number): number[] {
  const weekdays =
    byDay.length > 0 ? byDay.map((day) => recurrenceWeekdays.indexOf(day.weekday)) : [weekdayOf(startWall)];
  return [...new Set(weekdays)].sort((a, b) => a - b).map((weekday) => weekStart + weekday * dayMs);
}

function daysOfMonth(year: number, month: number, byDay: TRecurrenceDay[], startWall: number): number[] {
  const timeOfDay = startWall % dayMs;
  const first = Date.UTC(year, month, 1) + timeOfDay;
  const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (byDay.length === 0) {
    const day = new Date(startWall).getUTCDate();
    return day <= length ? [first + (day - 1) * dayMs] : [];
  }
  const days = new Set<number>();
  for (const spec of byDay) {
    const weekday = recurrenceWeekdays.indexOf(spec.weekday);
    const matching: number[] = [];
    for (let day = 0; day < length; day++) {
      if (weekdayOf(first + day * dayMs) === weekday) matching.push(first + day * dayMs);
    }
    const picked = spec.ordinal === null ? matching : [matching.at(spec.ordinal > 0 ? spec.ordinal - 1 : spec.ordinal)];
    for (const wall of picked) if (wall !== undefined) days.add(wall);
  }
  return [...days].sort((a, b) => a - b);
}

/** The candidate wall times of the rule's k-th period (day, week or month after the start's). */
function periodCandidates(rule: TRecurrenceRule, startWall: number, period: number): number[] {
  const step = period * rule.interval;
  if (rule.frequency === "DAILY") return [startWall + step * dayMs];
  if (rule.frequency === "WEEKLY") {
    const weekStart = startWall - weekdayOf(startWall) * dayMs + step * 7 * dayMs;
    return daysOfWeek(weekStart, rule.byDay, startWall);
  }
  const start = new Date(startWall);
  const month = start.getUTCMonth() + step;
  return daysOfMonth(start.getUTCFullYear() + Math.floor(month / 12), month % 12, rule.byDay, startWall);
}

/**
 * The occurrences of an event that overlap [from, to), in order: the start itself, then what the
 * rule adds (COUNT counts from the first occurrence, UNTIL is inclusive). At most `limit`.
 */
export function expandRecurrence(
  event: TExpansionStart,
  rule: TRecurrenceRule | null,
  range: { from: Date; to: Date },
  limit = maxOccurrences,
): TOccurrence[] {
  const occurrences: TOccurrence[] = [];
  const take = (start: Date) => {
    const end = new Date(start.getTime() + event.durationMs);
    if (end > range.from && start < range.to) occurrences.push({ start, end });
  };
  if (!rule) {
    take(event.start);
    return occurrences;
  }
  const startWall = event.start.getTime() + offsetMs(event.start, event.zone);
  let counted = 0;
  let candidates = 0;
  for (let period = 0; candidates < maxCandidates; period++) {
    for (const wall of periodCandidates(rule, startWall, period)) {
      candidates++;
      if (wall < startWall) continue;
      const start = fromWall(wall, event.zone);
      if ((rule.until && start > rule.until) || start >= range.to) return occurrences;
      counted++;
      take(start);
      if (occurrences.length >= limit || (rule.count !== null && counted >= rule.count)) return occurrences;
    }
  }
  return occurrences;
}
