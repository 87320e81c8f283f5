import ICAL from "ical.js";
import type { TFieldMessageCode } from "../../../../common/platform/field-messages.js";
import { eventTimeZone, fromWall } from "../expand-recurrence.js";

/** An event's time as the content schema takes it: timed (instants) or all-day (inclusive dates). */
export type TEventTimes =
  | { startsAt: string; endsAt: string; startsOn: null; endsOn: null }
  | { startsAt: null; endsAt: null; startsOn: string; endsOn: string };

const dayMs = 86_400_000;

/** A DATE or DATE-TIME as written: wall-clock fields held in a Date's UTC fields. */
type TWritten = { wall: number; isDate: boolean; isUtc: boolean; tzid: string | null };

function isIanaZone(tzid: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tzid });
    return true;
  } catch {
    return false;
  }
}

/** The property's raw value (jCal keeps it as written, ical.js would roll 30 February over into March). */
function readWritten(property: ICAL.Property): TWritten | "invalid" {
  const raw: unknown = property.jCal[3];
  const match = typeof raw === "string" ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z?))?$/.exec(raw) : null;
  if (!match || property.jCal.length > 4) return "invalid";
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute, Math.min(second, 59));
  const date = new Date(wall);
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
  if (!exists || hour > 23 || minute > 59 || second > 60) return "invalid";
  const tzid = property.getParameter("tzid");
  return {
    wall,
    isDate: match[4] === undefined,
    isUtc: match[7] === "Z",
    tzid: typeof tzid === "string" && tzid !== "" ? tzid : null,
  };
}

/**
 * A wall-clock time as an instant: UTC as it is; with a TZID through the IANA zone of that name, or
 * else the file's VTIMEZONE; floating times (no zone) are the district's local time.
 */
function toInstant(written: TWritten, zones: Map<string, ICAL.Timezone>): Date | "unknown_zone" {
  if (written.isUtc) return new Date(written.wall);
  if (written.tzid === null) return fromWall(written.wall, eventTimeZone);
  if (isIanaZone(written.tzid)) return fromWall(written.wall, written.tzid);
  const zone = zones.get(written.tzid);
  if (!zone) return "unknown_zone";
  const date = new Date(written.wall);
  const time = new ICAL.Time(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      isDate: false,
    },
    zone,
  );
  return new Date(time.toUnixTime() * 1000);
}

function readDurationSeconds(event: ICAL.Component): number | "invalid" | null {
  const property = event.getFirstProperty("duration");
  if (!property) return null;
  try {
    const value = property.getFirstValue();
    if (!(value instanceof ICAL.Duration) || value.isNegative) return "invalid";
    return value.toSeconds();
  } catch {
    return "invalid";
  }
}

const isoDate = (wall: number) => new Date(wall).toISOString().slice(0, 10);

/**
 * DTSTART with DTEND or DURATION (RFC 5545 3.6.1). VALUE=DATE gives an all-day event whose
 * exclusive DTEND becomes an inclusive last day; without an end it lasts its one day. A timed event
 * without an end ends when it starts.
 */
export function readEventTimes(
  event: ICAL.Component,
  zones: Map<string, ICAL.Timezone>,
): TEventTimes | TFieldMessageCode {
  const startProperty = event.getFirstProperty("dtstart");
  if (!startProperty) return "portal_event_import_start_missing";
  const start = readWritten(startProperty);
  if (start === "invalid") return "portal_event_import_date_invalid";
  const endProperty = event.getFirstProperty("dtend");
  const durationSeconds = readDurationSeconds(event);
  if (durationSeconds === "invalid") return "portal_event_import_date_invalid";
  let end: TWritten;
  if (endProperty) {
    const written = readWritten(endProperty);
    if (written === "invalid") return "portal_event_import_date_invalid";
    if (written.isDate !== start.isDate) return "portal_event_import_date_kinds_differ";
    end = written;
  } else {
    const seconds = durationSeconds ?? (start.isDate ? 86_400 : 0);
    const length = start.isDate ? Math.max(1, Math.ceil(seconds / 86_400)) * dayMs : seconds * 1000;
    end = { ...start, wall: start.wall + length };
  }
  if (start.isDate) {
    const lastDay = Math.max(start.wall, end.wall - dayMs);
    return { startsAt: null, endsAt: null, startsOn: isoDate(start.wall), endsOn: isoDate(lastDay) };
  }
  const startsAt = toInstant(start, zones);
  const endsAt = toInstant(end, zones);
  if (startsAt === "unknown_zone" || endsAt === "unknown_zone") return "portal_event_import_time_zone_unknown";
  return { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), startsOn: null, endsOn: null };
}
