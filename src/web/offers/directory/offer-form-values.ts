import type {
  TCefrLevel,
  TOfferCategory,
  TOfferCostKind,
  TOfferGenderTarget,
  TOfferScheduleKind,
  TOfferTextLanguage,
  TOfferTimeSlot,
  TWeekday,
} from "../../../common/offers/offer.js";
import type { TOffer } from "../../../common/offers/offer-schemas.js";

export type TOfferTextRow = {
  /** Only for React's list keys; never sent. */
  rowId: string;
  language: TOfferTextLanguage;
  title: string;
  description: string;
  prerequisites: string;
  costNote: string;
};

/** What the offer form holds: text as typed, numbers as Mantine's NumberInput gives them, "" for empty. */
export type TOfferFormValues = {
  category: TOfferCategory | "";
  fieldsOfAction: string[];
  courseType: string;
  cefrFrom: TCefrLevel | "";
  cefrTo: TCefrLevel | "";
  languages: string[];
  ageMin: number | string;
  ageMax: number | string;
  residenceCategories: string[];
  genderTarget: TOfferGenderTarget;
  minGermanLevel: TCefrLevel | "";
  isOnline: boolean;
  municipalityAgs: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: number | string;
  longitude: number | string;
  scheduleKind: TOfferScheduleKind;
  startsOn: string;
  endsOn: string;
  weekdays: TWeekday[];
  timeSlots: TOfferTimeSlot[];
  startTime: string;
  endTime: string;
  capacity: number | string;
  freePlaces: number | string;
  costKind: TOfferCostKind;
  costAmountEur: number | string;
  hasChildcare: boolean;
  isBarrierFree: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  contactUrl: string;
  validFrom: string;
  validUntil: string;
  translations: TOfferTextRow[];
};

export function createTextRow(language: TOfferTextLanguage): TOfferTextRow {
  return { rowId: crypto.randomUUID(), language, title: "", description: "", prerequisites: "", costNote: "" };
}

/** A new offer: German text to fill in, open to everyone, ongoing, free of charge. */
export function createEmptyOfferFormValues(): TOfferFormValues {
  return {
    category: "",
    fieldsOfAction: [],
    courseType: "",
    cefrFrom: "",
    cefrTo: "",
    languages: ["de"],
    ageMin: "",
    ageMax: "",
    residenceCategories: [],
    genderTarget: "any",
    minGermanLevel: "",
    isOnline: false,
    municipalityAgs: "",
    street: "",
    postalCode: "",
    city: "",
    latitude: "",
    longitude: "",
    scheduleKind: "ongoing",
    startsOn: "",
    endsOn: "",
    weekdays: [],
    timeSlots: [],
    startTime: "",
    endTime: "",
    capacity: "",
    freePlaces: "",
    costKind: "free",
    costAmountEur: "",
    hasChildcare: false,
    isBarrierFree: false,
    contactName: "",
    contactPhone: "",
    contactEmail: "",
    contactUrl: "",
    validFrom: "",
    validUntil: "",
    translations: [createTextRow("de")],
  };
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());
const numberOrNull = (value: number | string) => (typeof value === "number" ? value : null);
const levelOrNull = (value: TCefrLevel | "") => (value === "" ? null : value);
const textOrEmpty = (value: string | null) => value ?? "";
const numberOrEmpty = (value: number | null) => value ?? "";

/**
 * The body for ZOfferContent: empty inputs become null (the schema refuses empty strings for codes,
 * dates and addresses), the text rows lose their React keys. An unchosen category stays "", which
 * the schema reports as missing.
 */
export function toOfferContentInput(values: TOfferFormValues) {
  return {
    category: values.category,
    fieldsOfAction: values.fieldsOfAction,
    courseType: values.category === "language_course" ? orNull(values.courseType) : null,
    cefrFrom: values.category === "language_course" ? levelOrNull(values.cefrFrom) : null,
    cefrTo: values.category === "language_course" ? levelOrNull(values.cefrTo) : null,
    languages: values.languages,
    ageMin: numberOrNull(values.ageMin),
    ageMax: numberOrNull(values.ageMax),
    residenceCategories: values.residenceCategories,
    genderTarget: values.genderTarget,
    minGermanLevel: levelOrNull(values.minGermanLevel),
    isOnline: values.isOnline,
    municipalityAgs: orNull(values.municipalityAgs),
    street: orNull(values.street),
    postalCode: orNull(values.postalCode),
    city: orNull(values.city),
    latitude: numberOrNull(values.latitude),
    longitude: numberOrNull(values.longitude),
    scheduleKind: values.scheduleKind,
    startsOn: orNull(values.startsOn),
    endsOn: orNull(values.endsOn),
    weekdays: values.weekdays,
    timeSlots: values.timeSlots,
    startTime: orNull(values.startTime),
    endTime: orNull(values.endTime),
    capacity: numberOrNull(values.capacity),
    freePlaces: numberOrNull(values.freePlaces),
    costKind: values.costKind,
    costAmountEur:
      values.costKind === "fee" || values.costKind === "reduced" ? numberOrNull(values.costAmountEur) : null,
    hasChildcare: values.hasChildcare,
    isBarrierFree: values.isBarrierFree,
    contactName: orNull(values.contactName),
    contactPhone: orNull(values.contactPhone),
    contactEmail: orNull(values.contactEmail),
    contactUrl: orNull(values.contactUrl),
    validFrom: orNull(values.validFrom),
    validUntil: orNull(values.validUntil),
    translations: values.translations.map(({ language, title, description, prerequisites, costNote }) => ({
      language,
      title,
      description,
      prerequisites,
      costNote,
    })),
  };
}

/** The content in force as the form holds it: null becomes "", text rows get keys, German first. */
export function toOfferFormValues(offer: TOffer): TOfferFormValues {
  const { content } = offer;
  const texts = [...content.translations].sort(
    (first, second) => Number(second.language === "de") - Number(first.language === "de"),
  );
  return {
    category: content.category,
    fieldsOfAction: content.fieldsOfAction,
    courseType: textOrEmpty(content.courseType),
    cefrFrom: content.cefrFrom ?? "",
    cefrTo: content.cefrTo ?? "",
    languages: content.languages,
    ageMin: numberOrEmpty(content.ageMin),
    ageMax: numberOrEmpty(content.ageMax),
    residenceCategories: content.residenceCategories,
    genderTarget: content.genderTarget,
    minGermanLevel: content.minGermanLevel ?? "",
    isOnline: content.isOnline,
    municipalityAgs: textOrEmpty(content.municipalityAgs),
    street: textOrEmpty(content.street),
    postalCode: textOrEmpty(content.postalCode),
    city: textOrEmpty(content.city),
    latitude: numberOrEmpty(content.latitude),
    longitude: numberOrEmpty(content.longitude),
    scheduleKind: content.scheduleKind,
    startsOn: textOrEmpty(content.startsOn),
    endsOn: textOrEmpty(content.endsOn),
    weekdays: content.weekdays,
    timeSlots: content.timeSlots,
    startTime: textOrEmpty(content.startTime),
    endTime: textOrEmpty(content.endTime),
    capacity: numberOrEmpty(content.capacity),
    freePlaces: numberOrEmpty(content.freePlaces),
    costKind: content.costKind,
    costAmountEur: numberOrEmpty(content.costAmountEur),
    hasChildcare: content.hasChildcare,
    isBarrierFree: content.isBarrierFree,
    contactName: textOrEmpty(content.contactName),
    contactPhone: textOrEmpty(content.contactPhone),
    contactEmail: textOrEmpty(content.contactEmail),
    contactUrl: textOrEmpty(content.contactUrl),
    validFrom: textOrEmpty(content.validFrom),
    validUntil: textOrEmpty(content.validUntil),
    translations: texts.map((text) => ({
      rowId: crypto.randomUUID(),
      language: text.language,
      title: text.title,
      description: text.description,
      prerequisites: textOrEmpty(text.prerequisites),
      costNote: textOrEmpty(text.costNote),
    })),
  };
}
