import type { z } from "zod";
import { offerFieldMessages } from "../offers/offer-field-messages.js";
import { offerSearchFieldMessages } from "../offers/offer-search-field-messages.js";
import { referralFieldMessages } from "../offers/referral-field-messages.js";
import { portalEventFieldMessages } from "../portal/event-field-messages.js";
import { eventImportFieldMessages } from "../portal/event-import-field-messages.js";
import { mediaFieldMessages } from "../portal/media-field-messages.js";
import { pageFieldMessages } from "../portal/page-field-messages.js";
import { placeFieldMessages } from "../portal/place-field-messages.js";
import { conceptFieldMessages } from "../steering/concept-field-messages.js";

/**
 * Field messages of our own rules (beyond zod's built-in ones), in one place for the server's
 * problem details and the web forms alike. A rule adds a custom issue whose params name the
 * message; the text is chosen in the reader's language when it is shown (German, else English).
 */
export const fieldMessages = {
  ...offerFieldMessages,
  ...offerSearchFieldMessages,
  ...referralFieldMessages,
  ...pageFieldMessages,
  ...placeFieldMessages,
  ...portalEventFieldMessages,
  ...mediaFieldMessages,
  ...eventImportFieldMessages,
  ...conceptFieldMessages,
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
  answer_wrong_type: {
    de: "Diese Antwort passt nicht zur Art der Frage.",
    en: "This answer does not fit the kind of question.",
  },
  answer_unknown_option: {
    de: "Diese Antwort steht nicht zur Auswahl. Bitte wählen Sie eine der angebotenen Möglichkeiten.",
    en: "This answer is not one of the choices. Please choose one of those offered.",
  },
  answer_required: {
    de: "Diese Frage muss beantwortet werden, bevor das Gespräch abgeschlossen wird.",
    en: "This question must be answered before the interview is completed.",
  },
  answer_hidden: {
    de: "Diese Frage wird nach den bisherigen Antworten nicht gestellt. Bitte lassen Sie sie leer.",
    en: "This question is not asked given the answers so far. Please leave it empty.",
  },
  answer_unknown_question: {
    de: "Diese Frage gibt es in dieser Fassung des Fragebogens nicht.",
    en: "This question does not exist in this version of the questionnaire.",
  },
  answer_out_of_range: {
    de: "Diese Zahl liegt außerhalb des möglichen Bereichs.",
    en: "This number is outside the possible range.",
  },
  answer_too_long: {
    de: "Diese Antwort ist zu lang (höchstens 2000 Zeichen).",
    en: "This answer is too long (2000 characters at most).",
  },
  questionnaire_unknown: {
    de: "Diesen Fragebogen gibt es nicht.",
    en: "This questionnaire does not exist.",
  },
  questionnaire_section_unknown: {
    de: "Diesen Abschnitt gibt es in dieser Fassung des Fragebogens nicht.",
    en: "This section does not exist in this version of the questionnaire.",
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
  privacy_notice_not_read: {
    de: "Bitte lesen Sie den Datenschutzhinweis und bestätigen Sie das.",
    en: "Please read the privacy notice and confirm that you did.",
  },
  merge_of_merged: {
    de: "Dieser Datensatz ist bereits in einen anderen zusammengeführt.",
    en: "This record has already been merged into another one.",
  },
  consent_recipients_not_allowed: {
    de: "Empfänger gibt es nur bei der Weitergabe an Träger.",
    en: "Recipients belong only to sharing with providers.",
  },
  consent_recipients_missing: {
    de: "Bitte wählen Sie mindestens einen Träger oder eine Trägerart.",
    en: "Please choose at least one provider or provider type.",
  },
  consent_recipient_not_provider: {
    de: "Diese Organisation ist kein Träger. Bitte wählen Sie einen Träger aus der Liste.",
    en: "This organisation is not a provider. Please choose a provider from the list.",
  },
  privacy_notice_unknown: {
    de: "Diese Datenschutzinformation kennen wir nicht. Bitte wählen Sie die gezeigte Fassung aus der Liste.",
    en: "We do not know this privacy notice. Please choose the version shown from the list.",
  },
  withdrawal_before_consent: {
    de: "Der Widerruf kann nicht vor der Einwilligung liegen.",
    en: "The withdrawal cannot be before the consent was given.",
  },
  consent_not_current: {
    de: "Diese Einwilligung ist nicht mehr in Kraft oder wurde nicht erteilt.",
    en: "This consent is no longer in force or was not granted.",
  },
  case_close_reason_required: {
    de: "Bitte wählen Sie einen Grund für den Abschluss des Falls.",
    en: "Please choose a reason for closing the case.",
  },
  case_close_reason_only_when_closing: {
    de: "Einen Abschlussgrund gibt es nur beim Abschließen des Falls.",
    en: "A closing reason belongs only to closing the case.",
  },
  case_transition_not_allowed: {
    de: "In diesen Status kann der Fall von seinem jetzigen Status aus nicht wechseln.",
    en: "The case cannot change from its current status to this one.",
  },
  case_assignee_not_of_desk: {
    de: "Diese Person arbeitet nicht in der zuständigen Stelle. Bitte wählen Sie jemanden aus der Liste.",
    en: "This person does not work at the responsible desk. Please choose someone from the list.",
  },
  case_desk_not_yours: {
    de: "Fälle können Sie nur für eine eigene Stelle übernehmen, deren Bereich die Person umfasst.",
    en: "You can take on cases only for a desk of your own whose area covers the person.",
  },
  handover_target_not_desk: {
    de: "An diese Organisation kann kein Fall übergeben werden. Bitte wählen Sie eine Stelle aus der Liste.",
    en: "No case can be handed over to this organisation. Please choose a desk from the list.",
  },
  handover_to_own_desk: {
    de: "Der Fall liegt bereits bei dieser Stelle.",
    en: "The case is already with this desk.",
  },
  plan_title_required: {
    de: "Bitte geben Sie einen Titel an.",
    en: "Please enter a title.",
  },
  field_of_action_unknown: {
    de: "Dieses Handlungsfeld kennen wir nicht. Bitte wählen Sie es aus der Liste.",
    en: "We do not know this field of action. Please choose it from the list.",
  },
  plan_responsible_missing: {
    de: "Bitte wählen Sie den zuständigen Träger.",
    en: "Please choose the provider responsible.",
  },
  plan_responsible_not_provider: {
    de: "Diese Organisation ist kein Träger. Bitte wählen Sie einen Träger aus der Liste.",
    en: "This organisation is not a provider. Please choose a provider from the list.",
  },
  plan_responsible_not_caseworker: {
    de: "Diese Person gehört nicht zur Fallbearbeitung. Bitte wählen Sie jemanden aus der Liste.",
    en: "This user is not a caseworker. Please choose someone from the list.",
  },
  plan_responsible_not_allowed: {
    de: "Diese Angabe passt nicht zur gewählten Zuständigkeit.",
    en: "This does not fit the responsibility chosen.",
  },
  agreement_in_future: {
    de: "Die Vereinbarung kann nicht in der Zukunft liegen.",
    en: "The agreement cannot lie in the future.",
  },
  review_in_future: {
    de: "Die Überprüfung kann nicht in der Zukunft liegen.",
    en: "The review cannot lie in the future.",
  },
  task_title_required: {
    de: "Bitte geben Sie an, was zu tun ist.",
    en: "Please say what is to be done.",
  },
  task_remind_after_due: {
    de: "Die Erinnerung kann nicht nach dem Fälligkeitsdatum liegen.",
    en: "The reminder cannot be after the due date.",
  },
  task_assignee_not_caseworker: {
    de: "Diese Person kann die Aufgabe nicht übernehmen: Sie gehört nicht zur Fallbearbeitung oder sieht die Akte nicht.",
    en: "This user cannot take the task: they are not a caseworker or cannot see the file.",
  },
  date_time_invalid: {
    de: "Bitte geben Sie ein gültiges Datum mit Uhrzeit an.",
    en: "Please enter a valid date and time.",
  },
  appointment_end_before_start: {
    de: "Das Ende muss nach dem Beginn liegen.",
    en: "The end must be after the start.",
  },
  appointment_title_required: {
    de: "Bitte geben Sie einen Titel für den Termin an.",
    en: "Please enter a title for the appointment.",
  },
  appointment_staff_not_caseworker: {
    de: "Diese Person kann den Termin nicht wahrnehmen: Sie gehört nicht zur Fallbearbeitung oder sieht die Akte nicht.",
    en: "This user cannot hold the appointment: they are not a caseworker or cannot see the file.",
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
