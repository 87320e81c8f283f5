/** iCalendar texts for the import tests: VEVENT bodies wrapped into a calendar with CRLF lines. */
export function calendarOf(...events: string[]): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//KommMit tests//DE"];
  for (const event of events) lines.push("BEGIN:VEVENT", ...event.trim().split("\n"), "END:VEVENT");
  lines.push("END:VCALENDAR");
  return `${lines.join("\r\n")}\r\n`;
}

export const timedEvent = (uid: string, summary = "Sprachcafé") => `UID:${uid}
DTSTAMP:20260101T000000Z
DTSTART;TZID=Europe/Berlin:20260317T180000
DTEND;TZID=Europe/Berlin:20260317T200000
SUMMARY:${summary}
DESCRIPTION:Offen für alle.\\nOhne Anmeldung.\\n\\n<b>Kaffee</b> & Kuchen
LOCATION:Rathaus Bramsche\\, Hasestraße 11
GEO:52.4081;7.9728
URL:https://example.org/sprachcafe
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=5`;

export const allDayEvent = (uid: string) => `UID:${uid}
DTSTART;VALUE=DATE:20260704
DTEND;VALUE=DATE:20260706
SUMMARY:Stadtfest`;
