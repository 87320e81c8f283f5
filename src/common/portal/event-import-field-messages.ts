/**
 * Messages of the events' iCalendar import (see common/platform/field-messages.ts): the URL's and the
 * file's field errors, and the reasons a single VEVENT is not imported.
 */
export const eventImportFieldMessages = {
  portal_event_import_url_invalid: {
    de: "Bitte geben Sie eine vollständige Adresse an, die mit http:// oder https:// beginnt.",
    en: "Please enter a complete address starting with http:// or https://.",
  },
  portal_event_import_url_credentials: {
    de: "Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.",
    en: "The address must not contain a user name or password.",
  },
  portal_event_import_url_private: {
    de: "Diese Adresse zeigt in ein internes Netz; von dort werden keine Kalender abgerufen.",
    en: "This address points into an internal network; calendars are not fetched from there.",
  },
  portal_event_import_url_unreachable: {
    de: "Unter dieser Adresse war kein Kalender abrufbar. Bitte prüfen Sie die Adresse.",
    en: "No calendar could be fetched from this address. Please check the address.",
  },
  portal_event_import_url_timeout: {
    de: "Der Server hat nicht innerhalb von 10 Sekunden geantwortet.",
    en: "The server did not answer within 10 seconds.",
  },
  portal_event_import_too_large: {
    de: "Der Kalender ist größer als 2 MB.",
    en: "The calendar is larger than 2 MB.",
  },
  portal_event_import_not_icalendar: {
    de: "Das ist keine lesbare iCalendar-Datei (.ics).",
    en: "This is not a readable iCalendar file (.ics).",
  },
  portal_event_import_too_many_events: {
    de: "Der Kalender enthält mehr als 2000 Termine. Bitte teilen Sie ihn auf.",
    en: "The calendar holds more than 2000 events. Please split it.",
  },
  portal_event_import_uid_missing: {
    de: "Der Termin hat keine UID; ohne sie kann er bei einer erneuten Übernahme nicht wiedererkannt werden.",
    en: "The event has no UID; without one it cannot be recognised when imported again.",
  },
  portal_event_import_uid_repeated: {
    de: "Diese UID kommt in der Datei mehrfach vor; nur der erste Termin wird übernommen.",
    en: "This UID appears more than once in the file; only the first event is imported.",
  },
  portal_event_import_override: {
    de: "Einzeln geänderte Termine einer Serie (RECURRENCE-ID) werden nicht übernommen; die Serie selbst schon.",
    en: "Single changed dates of a series (RECURRENCE-ID) are not imported; the series itself is.",
  },
  portal_event_import_cancelled: {
    de: "Abgesagte Termine (STATUS:CANCELLED) werden nicht übernommen.",
    en: "Cancelled events (STATUS:CANCELLED) are not imported.",
  },
  portal_event_import_cancelled_existing: {
    de: "Dieser Termin wurde früher übernommen und ist jetzt abgesagt: Bitte ziehen Sie die Veranstaltung zurück oder löschen Sie sie.",
    en: "This event was imported earlier and is now cancelled: please unpublish or delete it.",
  },
  portal_event_import_start_missing: {
    de: "DTSTART: Der Termin hat keinen Beginn.",
    en: "DTSTART: The event has no start.",
  },
  portal_event_import_date_invalid: {
    de: "Beginn oder Ende des Termins ist kein gültiges Datum.",
    en: "The event's start or end is not a valid date.",
  },
  portal_event_import_date_kinds_differ: {
    de: "DTSTART und DTEND müssen beide ganztägig (VALUE=DATE) oder beide mit Uhrzeit sein.",
    en: "DTSTART and DTEND must both be all-day (VALUE=DATE) or both have a time.",
  },
  portal_event_import_time_zone_unknown: {
    de: "Die Zeitzone (TZID) ist unbekannt und in der Datei nicht beschrieben (VTIMEZONE).",
    en: "The time zone (TZID) is unknown and not described in the file (VTIMEZONE).",
  },
  portal_event_import_recurrence_exceptions: {
    de: "Ausnahmen und Zusatztermine einer Serie (EXDATE, RDATE) werden nicht unterstützt.",
    en: "Exceptions and extra dates of a series (EXDATE, RDATE) are not supported.",
  },
  portal_event_import_recurrence_multiple: {
    de: "Ein Termin darf nur eine Wiederholungsregel (RRULE) haben.",
    en: "An event may have only one recurrence rule (RRULE).",
  },
} as const satisfies Record<string, { de: string; en: string }>;
