import type { z } from "zod";

/**
 * Field messages of our own rules (beyond zod's built-in ones), in one place for the server's
 * problem details and the web forms alike. A rule adds a custom issue whose params name the
 * message; the text is chosen in the reader's language when it is shown (German, else English).
 */
export const fieldMessages = {
  name_required: {
    de: "Bitte geben Sie einen Namen an.",
    en: "Please enter a name.",
  },
  birth_date_impossible: {
    de: "Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.",
    en: "This date does not exist. Please check day and month.",
  },
  birth_day_without_month: {
    de: "Ein Geburtstag ohne Monat ist nicht möglich. Bitte geben Sie den Monat an oder lassen Sie den Tag leer.",
    en: "A day of birth needs a month. Please enter the month or leave the day empty.",
  },
  birth_date_in_future: {
    de: "Das Geburtsdatum liegt in der Zukunft.",
    en: "The date of birth lies in the future.",
  },
  age_over_limit: {
    de: "Die Person wäre älter als 120 Jahre. Bitte prüfen Sie das Geburtsjahr.",
    en: "The person would be older than 120 years. Please check the year of birth.",
  },
  date_in_future: {
    de: "Dieses Datum liegt in der Zukunft.",
    en: "This date lies in the future.",
  },
  arrival_in_municipality_before_germany: {
    de: "Die Ankunft in der Gemeinde kann nicht vor der Ankunft in Deutschland liegen.",
    en: "The arrival in the municipality cannot be before the arrival in Germany.",
  },
  date_invalid: {
    de: "Bitte geben Sie ein gültiges Datum an (JJJJ-MM-TT).",
    en: "Please enter a valid date (YYYY-MM-DD).",
  },
  nationality_unknown: {
    de: "Diese Staatsangehörigkeit kennen wir nicht. Bitte wählen Sie sie aus der Liste.",
    en: "We do not know this nationality. Please choose it from the list.",
  },
  language_unknown: {
    de: "Diese Sprache kennen wir nicht. Bitte wählen Sie sie aus der Liste.",
    en: "We do not know this language. Please choose it from the list.",
  },
  listed_twice: {
    de: "Jeder Eintrag darf nur einmal vorkommen.",
    en: "Each entry may appear only once.",
  },
  phone_invalid: {
    de: "Bitte geben Sie eine Telefonnummer aus Ziffern an, gern mit + und Leerzeichen (z. B. +49 541 123456).",
    en: "Please enter a phone number of digits, + and spaces allowed (e.g. +49 541 123456).",
  },
  postal_code_invalid: {
    de: "Eine Postleitzahl hat fünf Ziffern.",
    en: "A German postal code has five digits.",
  },
  contact_for_channel_missing: {
    de: "Für diesen Kontaktweg fehlt die Angabe (Telefonnummer, E-Mail-Adresse oder Anschrift).",
    en: "This way of contact needs its detail (phone number, e-mail address or address).",
  },
  municipality_outside_area: {
    de: "In dieser Gemeinde dürfen Sie keine Personen anlegen. Bitte wählen Sie eine Gemeinde Ihres Bereichs.",
    en: "You may not register persons in this municipality. Please choose one of your area.",
  },
  municipality_unknown: {
    de: "Diese Gemeinde gehört nicht zum Landkreis. Bitte wählen Sie sie aus der Liste.",
    en: "This municipality is not part of the district. Please choose it from the list.",
  },
  residence_category_unknown: {
    de: "Diesen Aufenthaltsstatus kennen wir nicht. Bitte wählen Sie ihn aus der Liste.",
    en: "We do not know this residence status. Please choose it from the list.",
  },
  household_with_self: {
    de: "Bitte wählen Sie eine andere Person, deren Haushalt diese Person angehört.",
    en: "Please choose another person whose household this person belongs to.",
  },
  move_to_same_municipality: {
    de: "Die Person wohnt bereits in dieser Gemeinde.",
    en: "The person already lives in this municipality.",
  },
  move_before_arrival: {
    de: "Der Umzug kann nicht vor dem Zuzug in die bisherige Gemeinde liegen.",
    en: "The move cannot be before the arrival in the previous municipality.",
  },
  person_moved_away: {
    de: "Die Person ist bereits aus dem Landkreis weggezogen.",
    en: "The person has already moved out of the district.",
  },
  merge_with_self: {
    de: "Ein Datensatz kann nicht mit sich selbst zusammengeführt werden.",
    en: "A record cannot be merged with itself.",
  },
  merge_of_merged: {
    de: "Dieser Datensatz ist bereits in einen anderen zusammengeführt.",
    en: "This record has already been merged into another one.",
  },
} as const satisfies Record<string, { de: string; en: string }>;

export type TFieldMessageCode = keyof typeof fieldMessages;

/** The params a custom zod issue carries to name its message. */
export type TFieldMessageParams = { fieldMessage: TFieldMessageCode };

/** Adds a custom issue at `path` whose message is rendered from the registry in the reader's language. */
export function addFieldIssue(
  context: z.core.$RefinementCtx,
  code: TFieldMessageCode,
  path: PropertyKey[],
  input: unknown,
): void {
  context.addIssue({ code: "custom", message: fieldMessages[code].en, path, input, params: { fieldMessage: code } });
}

export function isFieldMessageCode(value: unknown): value is TFieldMessageCode {
  return typeof value === "string" && Object.hasOwn(fieldMessages, value);
}

/** The message in German for "de…" languages, in English otherwise (staff UI and API). */
export function renderFieldMessage(code: TFieldMessageCode, language: string): string {
  return fieldMessages[code][language.startsWith("de") ? "de" : "en"];
}
