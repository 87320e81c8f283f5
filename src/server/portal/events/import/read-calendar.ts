import ICAL from "ical.js";
import type { TFieldMessageCode } from "../../../../common/platform/field-messages.js";
import { maxImportedEvents } from "../../../../common/portal/event-import-schemas.js";
import { FieldRuleViolation } from "../../../platform/http/problems.js";

/** A calendar's VEVENTs in file order, and the time zones it describes (VTIMEZONE), by TZID. */
export type TCalendar = { events: ICAL.Component[]; zones: Map<string, ICAL.Timezone> };

function isComponentJson(value: unknown): value is [string, unknown[], unknown[]] {
  return Array.isArray(value) && typeof value[0] === "string";
}

/**
 * Reads iCalendar text (UTF-8, RFC 5545) with ical.js: one or more VCALENDARs, at most 2000 VEVENTs.
 * A file ical.js cannot read, or one without a VCALENDAR, is a field error at the given pointer.
 */
export function readCalendar(bytes: Uint8Array, pointer: string): TCalendar {
  const problem = (code: TFieldMessageCode) => new FieldRuleViolation([{ pointer, code }]);
  let parsed: unknown;
  try {
    parsed = ICAL.parse(new TextDecoder("utf-8").decode(bytes));
  } catch {
    throw problem("portal_event_import_not_icalendar");
  }
  const roots: unknown[] = isComponentJson(parsed) ? [parsed] : Array.isArray(parsed) ? parsed : [];
  const calendars = roots
    .filter(isComponentJson)
    .map((json) => new ICAL.Component(json))
    .filter((component) => component.name === "vcalendar");
  if (calendars.length === 0) throw problem("portal_event_import_not_icalendar");
  const events = calendars.flatMap((calendar) => calendar.getAllSubcomponents("vevent"));
  if (events.length > maxImportedEvents) throw problem("portal_event_import_too_many_events");
  const zones = new Map<string, ICAL.Timezone>();
  for (const component of calendars.flatMap((calendar) => calendar.getAllSubcomponents("vtimezone"))) {
    const tzid = component.getFirstPropertyValue("tzid");
    if (typeof tzid !== "string") continue;
    try {
      zones.set(tzid, new ICAL.Timezone(component));
    } catch {
      // A zone ical.js cannot read stays unknown; events using it fail with their own message.
    }
  }
  return { events, zones };
}
