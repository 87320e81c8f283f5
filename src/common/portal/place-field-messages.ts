/** The de/en texts of the portal places' and contacts' own field rules (merged into fieldMessages). */
export const placeFieldMessages = {
  place_slot_closes_before_opens: {
    de: "Die Schließzeit muss nach der Öffnungszeit liegen.",
    en: "The closing time must be after the opening time.",
  },
  place_slot_overlap: {
    de: "Diese Öffnungszeit überschneidet sich mit einer anderen am selben Tag.",
    en: "These opening hours overlap with others on the same day.",
  },
  place_contact_unknown: {
    de: "Diese Kontaktperson gibt es nicht oder Sie dürfen sie nicht verwenden.",
    en: "This contact does not exist or you may not use it.",
  },
  place_municipality_outside: {
    de: "Diese Gemeinde liegt nicht in Ihrem Bereich.",
    en: "This municipality is outside your area.",
  },
  place_name_required: {
    de: "Bitte geben Sie einen Namen in deutscher Sprache an.",
    en: "Please enter a name in German.",
  },
  place_text_language_duplicate: {
    de: "Für diese Sprache gibt es schon einen Text.",
    en: "There is already a text in this language.",
  },
  portal_phone_invalid: {
    de: "Bitte geben Sie eine gültige Telefonnummer an.",
    en: "Please enter a valid phone number.",
  },
} as const satisfies Record<string, { de: string; en: string }>;
