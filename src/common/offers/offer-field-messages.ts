/** Field messages of the offers directory's rules (see common/platform/field-messages.ts). */
export const offerFieldMessages = {
  offer_translation_duplicate: {
    de: "Für diese Sprache gibt es schon einen Text.",
    en: "There already is a text in this language.",
  },
  offer_title_required: { de: "Bitte geben Sie einen Titel an.", en: "Please enter a title." },
  offer_description_required: { de: "Bitte beschreiben Sie das Angebot.", en: "Please describe the offer." },
  offer_german_text_required: {
    de: "Titel und Beschreibung werden mindestens auf Deutsch gebraucht.",
    en: "Title and description are needed at least in German.",
  },
  offer_ends_before_start: {
    de: "Das Ende kann nicht vor dem Beginn liegen.",
    en: "The end cannot be before the start.",
  },
  offer_end_time_before_start: {
    de: "Die Endzeit muss nach der Anfangszeit liegen.",
    en: "The end time must be after the start time.",
  },
  offer_time_incomplete: {
    de: "Bitte geben Sie Anfangs- und Endzeit an oder keine von beiden.",
    en: "Please enter both start and end time, or neither.",
  },
  offer_start_required: {
    de: "Ein einmaliges Angebot braucht ein Datum.",
    en: "A one-time offer needs a date.",
  },
  offer_weekdays_required: {
    de: "Bitte wählen Sie die Wochentage, an denen das Angebot stattfindet.",
    en: "Please choose the weekdays the offer takes place on.",
  },
  offer_valid_until_before_from: {
    de: "„Gültig bis“ kann nicht vor „gültig ab“ liegen.",
    en: "“Valid until” cannot be before “valid from”.",
  },
  offer_field_of_action_required: {
    de: "Bitte wählen Sie mindestens ein Handlungsfeld.",
    en: "Please choose at least one field of action.",
  },
  offer_language_required: {
    de: "Bitte geben Sie mindestens eine Sprache an, in der das Angebot stattfindet.",
    en: "Please enter at least one language the offer is given in.",
  },
  offer_cefr_to_below_from: {
    de: "Das Zielniveau kann nicht unter dem Einstiegsniveau liegen.",
    en: "The target level cannot be below the entry level.",
  },
  offer_age_max_below_min: {
    de: "Das Höchstalter kann nicht unter dem Mindestalter liegen.",
    en: "The maximum age cannot be below the minimum age.",
  },
  offer_place_required: {
    de: "Bitte geben Sie die Gemeinde an, oder kennzeichnen Sie das Angebot als online.",
    en: "Please enter the municipality, or mark the offer as online.",
  },
  offer_coordinates_incomplete: {
    de: "Bitte geben Sie Breite und Länge an oder keine von beiden.",
    en: "Please enter both latitude and longitude, or neither.",
  },
  offer_capacity_negative: {
    de: "Die Zahl der Plätze kann nicht negativ sein.",
    en: "The number of places cannot be negative.",
  },
  offer_free_places_negative: {
    de: "Die Zahl der freien Plätze kann nicht negativ sein.",
    en: "The number of free places cannot be negative.",
  },
  offer_free_places_over_capacity: {
    de: "Es kann nicht mehr freie Plätze als Plätze geben.",
    en: "There cannot be more free places than places.",
  },
  offer_capacity_required: {
    de: "Freie Plätze brauchen eine Gesamtzahl der Plätze.",
    en: "Free places need a total number of places.",
  },
  offer_cost_amount_required: {
    de: "Bitte geben Sie den Betrag an.",
    en: "Please enter the amount.",
  },
  course_type_unknown: { de: "Diese Kursart gibt es nicht.", en: "This course type does not exist." },
} as const satisfies Record<string, { de: string; en: string }>;
