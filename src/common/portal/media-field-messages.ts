/** Field messages of portal media uploads (see common/platform/field-messages.ts). */
export const mediaFieldMessages = {
  portal_media_type_refused: {
    de: "Diese Datei wird nicht angenommen. Erlaubt sind Bilder (PNG, JPEG, WebP) und PDF-Dokumente.",
    en: "This file is not accepted. Allowed are images (PNG, JPEG, WebP) and PDF documents.",
  },
  portal_media_empty: {
    de: "Die Datei ist leer.",
    en: "The file is empty.",
  },
  portal_media_owner_out_of_reach: {
    de: "Dateien dieser Verwaltung können Sie nicht verwalten.",
    en: "You cannot manage the files of this administration.",
  },
} as const;
