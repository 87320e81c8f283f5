/** Field messages of portal pages (see common/platform/field-messages.ts). */
export const pageFieldMessages = {
  page_slug_format: {
    de: "Bitte nur Kleinbuchstaben, Ziffern und Bindestriche verwenden, z. B. „erste-schritte“.",
    en: "Please use only lower-case letters, digits and hyphens, e.g. “first-steps”.",
  },
  page_slug_taken: {
    de: "Diese Adresse hat schon eine andere Seite an dieser Stelle.",
    en: "Another page already has this address here.",
  },
  page_slug_reserved: {
    de: "Diese Adresse braucht das Portal selbst (z. B. für Veranstaltungen oder Orte). Bitte wählen Sie eine andere.",
    en: "The portal itself uses this address (e.g. for events or places). Please choose another one.",
  },
  page_parent_unknown: {
    de: "Die übergeordnete Seite gibt es hier nicht.",
    en: "The parent page does not exist here.",
  },
  page_text_required: { de: "Bitte füllen Sie dieses Feld aus.", en: "Please fill in this field." },
  page_translation_without_german: {
    de: "Bitte legen Sie zuerst den deutschen Text an: Übersetzungen werden aus ihm gemacht.",
    en: "Please write the German text first: translations are made from it.",
  },
  page_publish_without_german: {
    de: "Eine Seite ohne deutschen Text kann nicht veröffentlicht werden.",
    en: "A page without a German text cannot be published.",
  },
  page_owner_out_of_reach: {
    de: "Seiten dieser Verwaltung können Sie nicht bearbeiten.",
    en: "You cannot edit the pages of this administration.",
  },
} as const;
