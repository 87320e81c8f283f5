/**
 * The RFC 5545 RRULE subset portal events support: FREQ DAILY, WEEKLY or MONTHLY; INTERVAL; BYDAY
 * (plain weekdays, with an ordinal such as 2TU or -1FR only for MONTHLY); COUNT or UNTIL, not both.
 * Anything else (YEARLY, BYSETPOS, BYMONTHDAY, …) is refused rather than half understood.
 */
export const recurrenceWeekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type TRecurrenceWeekday = (typeof recurrenceWeekdays)[number];

export type TRecurrenceDay = { weekday: TRecurrenceWeekday; ordinal: number | null };

export type TRecurrenceRule = {
  frequency: "DAILY" | "WEEKLY" | "MONTHLY";
  interval: number;
  byDay: TRecurrenceDay[];
  count: number | null;
  /** UNTIL as an instant (a DATE value means the end of that day in UTC). */
  until: Date | null;
};

export type TRecurrenceParse = { ok: true; rule: TRecurrenceRule } | { ok: false; reason: string };

const frequencies = ["DAILY", "WEEKLY", "MONTHLY"] as const;
const allowedParts = new Set(["FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL", "WKST"]);

function parseUntil(value: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const date =
    hour === undefined || Number.isNaN(hour)
      ? new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, 23, 59, 59))
      : new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute, second));
  return Number.isNaN(date.getTime()) ? null : date;
}

function parseByDay(value: string, frequency: TRecurrenceRule["frequency"]): TRecurrenceDay[] | string {
  const days: TRecurrenceDay[] = [];
  for (const item of value.split(",")) {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!match) return `BYDAY ${item}`;
    const ordinal = match[1] ? Number(match[1]) : null;
    if (ordinal !== null && (frequency !== "MONTHLY" || ordinal === 0 || Math.abs(ordinal) > 5)) {
      return `BYDAY ${item}`;
    }
    days.push({ weekday: match[2] as TRecurrenceWeekday, ordinal });
  }
  return days;
}

/** Parses an RRULE value (with or without the "RRULE:" prefix) strictly; the reason names the offending part. */
export function parseRecurrenceRule(text: string): TRecurrenceParse {
  const parts = new Map<string, string>();
  for (const part of text
    .trim()
    .replace(/^RRULE:/i, "")
    .split(";")) {
    const [name, value, ...rest] = part.split("=");
    if (!name || value === undefined || value === "" || rest.length > 0) return { ok: false, reason: part };
    const key = name.toUpperCase();
    if (!allowedParts.has(key) || parts.has(key)) return { ok: false, reason: key };
    parts.set(key, value.toUpperCase());
  }
  const frequency = frequencies.find((candidate) => candidate === parts.get("FREQ"));
  if (!frequency) return { ok: false, reason: `FREQ ${parts.get("FREQ") ?? ""}`.trim() };
  const interval = parts.has("INTERVAL") ? Number(parts.get("INTERVAL")) : 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 99) return { ok: false, reason: "INTERVAL" };
  const count = parts.has("COUNT") ? Number(parts.get("COUNT")) : null;
  if (count !== null && (!Number.isInteger(count) || count < 1 || count > 1000)) return { ok: false, reason: "COUNT" };
  const untilText = parts.get("UNTIL");
  const until = untilText === undefined ? null : parseUntil(untilText);
  if (untilText !== undefined && until === null) return { ok: false, reason: "UNTIL" };
  if (count !== null && until !== null) return { ok: false, reason: "COUNT+UNTIL" };
  const byDayText = parts.get("BYDAY");
  const byDay = byDayText === undefined ? [] : parseByDay(byDayText, frequency);
  if (typeof byDay === "string") return { ok: false, reason: byDay };
  if (frequency === "DAILY" && byDay.length > 0) return { ok: false, reason: "BYDAY" };
  return { ok: true, rule: { frequency, interval, byDay, count, until } };
}
