import type { TPlaceCategory, TWeekday } from "../../../common/portal/place.js";
import type { TPlace } from "../../../common/portal/place-schemas.js";
import { fromOwnerValue, toOwnerValue } from "../content-owners.js";

/** Languages a place's name and description can be written in (two- or three-letter codes). */
export const placeTextLanguages = ["de", "en", "uk", "ar", "tr", "ru", "fa", "ro", "bg", "pl"] as const;

/** One opening-hours row; the key keeps a row's inputs (and focus) stable while others come and go. */
export type TSlotValues = { key: string; weekday: TWeekday; opens: string; closes: string };

export type TPlaceTextValues = { language: string; name: string; description: string };

export type TPlaceFormValues = {
  owner: string;
  category: TPlaceCategory | "";
  texts: TPlaceTextValues[];
  street: string;
  postalCode: string;
  city: string;
  municipalityAgs: string;
  latitude: number | string;
  longitude: number | string;
  openingHours: TSlotValues[];
  openingHoursNote: string;
  isAppointmentOnly: boolean;
  isBarrierFree: boolean;
  barrierFreeNote: string;
  phone: string;
  email: string;
  website: string;
  contactIds: string[];
};

let slotCounter = 0;
export function createSlot(weekday: TWeekday, opens = "", closes = ""): TSlotValues {
  slotCounter += 1;
  return { key: `slot-${slotCounter}`, weekday, opens, closes };
}

export function createEmptyPlaceValues(owner: string): TPlaceFormValues {
  return {
    owner,
    category: "",
    texts: [{ language: "de", name: "", description: "" }],
    street: "",
    postalCode: "",
    city: "",
    municipalityAgs: "",
    latitude: "",
    longitude: "",
    openingHours: [],
    openingHoursNote: "",
    isAppointmentOnly: false,
    isBarrierFree: false,
    barrierFreeNote: "",
    phone: "",
    email: "",
    website: "",
    contactIds: [],
  };
}

export function toPlaceFormValues(place: TPlace): TPlaceFormValues {
  return {
    owner: toOwnerValue(place.ownerUnitKey),
    category: place.category,
    texts: place.texts.map((text) => ({ ...text })),
    street: place.street ?? "",
    postalCode: place.postalCode ?? "",
    city: place.city ?? "",
    municipalityAgs: place.municipalityAgs,
    latitude: place.latitude ?? "",
    longitude: place.longitude ?? "",
    openingHours: place.openingHours.map((slot) => createSlot(slot.weekday, slot.opens, slot.closes)),
    openingHoursNote: place.openingHoursNote ?? "",
    isAppointmentOnly: place.isAppointmentOnly,
    isBarrierFree: place.isBarrierFree,
    barrierFreeNote: place.barrierFreeNote ?? "",
    phone: place.phone ?? "",
    email: place.email ?? "",
    website: place.website ?? "",
    contactIds: place.contactIds,
  };
}

/** An empty number input is "no coordinate"; anything else goes as a number for the schema to check. */
const toCoordinate = (value: number | string) => (value === "" ? null : Number(value));

/** The request body without owner and version, before the shared schema's checks. */
export function toPlaceContent(values: TPlaceFormValues) {
  return {
    category: values.category,
    street: values.street,
    postalCode: values.postalCode,
    city: values.city,
    municipalityAgs: values.municipalityAgs,
    latitude: toCoordinate(values.latitude),
    longitude: toCoordinate(values.longitude),
    openingHours: values.openingHours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
    openingHoursNote: values.openingHoursNote,
    isAppointmentOnly: values.isAppointmentOnly,
    isBarrierFree: values.isBarrierFree,
    barrierFreeNote: values.barrierFreeNote,
    phone: values.phone,
    email: values.email,
    website: values.website,
    contactIds: values.contactIds,
    texts: values.texts,
  };
}

export function toPlaceInput(values: TPlaceFormValues) {
  return { ownerUnitKey: fromOwnerValue(values.owner), ...toPlaceContent(values) };
}

/** Every field the form shows: scalar ones, each text's and each slot's inputs, the lists as a whole. */
export function placeFormFields(values: TPlaceFormValues): string[] {
  return [
    "ownerUnitKey",
    ...Object.keys(values).filter((key) => key !== "owner"),
    ...values.texts.flatMap((_, index) => ["language", "name", "description"].map((part) => `texts.${index}.${part}`)),
    ...values.openingHours.flatMap((_, index) =>
      ["opens", "closes", "weekday"].map((part) => `openingHours.${index}.${part}`),
    ),
  ];
}

/** Contacts are chosen in one list: a problem with one of them shows at the list. */
export function toPlaceField(path: readonly string[]): string {
  const [first] = path;
  return first === "contactIds" ? first : path.join(".");
}

/** Opening-hours rows of one weekday, with their place in the whole list (where the schema's messages point). */
export function slotsOfWeekday(slots: readonly TSlotValues[], weekday: TWeekday) {
  return slots.flatMap((slot, index) => (slot.weekday === weekday ? [{ slot, index }] : []));
}
