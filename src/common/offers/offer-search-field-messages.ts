/** Field messages of the offer search's query rules (see common/platform/field-messages.ts). */
export const offerSearchFieldMessages = {
  search_coordinates_incomplete: {
    de: "Bitte geben Sie Breiten- und Längengrad zusammen an.",
    en: "Please give latitude and longitude together.",
  },
  search_place_twice: {
    de: "Bitte geben Sie entweder eine Gemeinde oder Koordinaten als Ort an, nicht beides.",
    en: "Please give either a municipality or coordinates as the place, not both.",
  },
  search_place_required: {
    de: "Für Entfernungen wird ein Ort gebraucht (Gemeinde oder Koordinaten).",
    en: "Distances need a place (a municipality or coordinates).",
  },
} as const satisfies Record<string, { de: string; en: string }>;
