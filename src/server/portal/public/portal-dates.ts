import type { TPortalEventOccurrence } from "../../../common/portal/event-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";

const zone = "Europe/Berlin";

/** The locale Intl formats in: Leichte Sprache reads German dates; Persian and Arabic keep the Gregorian calendar. */
export function intlLocale(language: TContentLanguage): string {
  if (language === "de-x-easy") return "de";
  if (language === "fa" || language === "ar") return `${language}-u-ca-gregory`;
  return language;
}

/** All-day occurrences are dates at UTC midnight; timed ones are read on Berlin's clock. */
const zoneOf = (occurrence: Pick<TPortalEventOccurrence, "isAllDay">) => (occurrence.isAllDay ? "UTC" : zone);

/** The calendar day an occurrence starts on, as a key ("2026-12-08") to group by. */
export function dayKey(occurrence: TPortalEventOccurrence): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zoneOf(occurrence), dateStyle: "short" }).format(
    new Date(occurrence.startsAt),
  );
}

/** "Dienstag, 8. Dezember 2026" in the language read. */
export function formatDay(occurrence: TPortalEventOccurrence, language: TContentLanguage): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: zoneOf(occurrence), dateStyle: "full" }).format(
    new Date(occurrence.startsAt),
  );
}

/** "18:00–20:00" (Berlin), or the all-day words; an all-day event over several days names its last day. */
export function formatTimes(occurrence: TPortalEventOccurrence, language: TContentLanguage, allDay: string): string {
  const locale = intlLocale(language);
  if (occurrence.isAllDay) {
    const lastDay = new Date(new Date(occurrence.endsAt).getTime() - 1);
    if (dayKey({ ...occurrence, startsAt: lastDay.toISOString() }) === dayKey(occurrence)) return allDay;
    const until = new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "medium" }).format(lastDay);
    return `${allDay} – ${until}`;
  }
  const time = new Intl.DateTimeFormat(locale, { timeZone: zone, timeStyle: "short" });
  return time.formatRange(new Date(occurrence.startsAt), new Date(occurrence.endsAt));
}

/** A whole occurrence in one line: day and times. */
export function formatOccurrence(occurrence: TPortalEventOccurrence, language: TContentLanguage, allDay: string) {
  return `${formatDay(occurrence, language)}, ${formatTimes(occurrence, language, allDay)}`;
}
