/** Field messages of the portal events' rules (see common/platform/field-messages.ts). */
export const portalEventFieldMessages = {
  portal_event_time_kind: {
    de: "Bitte geben Sie entweder Beginn und Ende mit Uhrzeit oder ganztägige Daten an.",
    en: "Please enter either a start and end with time or all-day dates.",
  },
  portal_event_time_incomplete: {
    de: "Bitte geben Sie Beginn und Ende an.",
    en: "Please enter both start and end.",
  },
  portal_event_ends_before_start: {
    de: "Das Ende kann nicht vor dem Beginn liegen.",
    en: "The end cannot be before the start.",
  },
  portal_event_recurrence_unsupported: {
    de: "Diese Wiederholungsregel wird nicht unterstützt (täglich, wöchentlich oder monatlich mit INTERVAL, BYDAY, COUNT oder UNTIL).",
    en: "This recurrence rule is not supported (daily, weekly or monthly with INTERVAL, BYDAY, COUNT or UNTIL).",
  },
  portal_event_coordinates_incomplete: {
    de: "Bitte geben Sie Breiten- und Längengrad an oder keinen von beiden.",
    en: "Please enter both latitude and longitude, or neither.",
  },
  portal_event_german_text_required: {
    de: "Ein Titel wird mindestens auf Deutsch gebraucht.",
    en: "A title is needed at least in German.",
  },
  portal_event_text_duplicate: {
    de: "Für jede Sprache gibt es nur einen Text.",
    en: "There is only one text per language.",
  },
  portal_event_unit_out_of_reach: {
    de: "Für diese Verwaltungseinheit dürfen Sie keine Veranstaltungen pflegen.",
    en: "You may not keep events for this municipal unit.",
  },
  portal_event_range_too_long: {
    de: "Der Zeitraum muss nach seinem Beginn enden und darf höchstens ein Jahr lang sein.",
    en: "The range must end after it begins and be at most one year long.",
  },
} as const;
