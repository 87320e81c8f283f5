import type { TDiffValue, TOfferDiffEntry } from "../../../common/offers/offer-schemas.js";
import type { TOfferField, TOfferLabels } from "./offer-labels.js";

/** What the diff needs to put values into words: the labels and the names of codes from reference data. */
export type TDiffNames = {
  labels: Pick<
    TOfferLabels,
    | "fields"
    | "categories"
    | "scheduleKinds"
    | "weekdays"
    | "timeSlots"
    | "costKinds"
    | "genderTargets"
    | "yes"
    | "no"
    | "easyLanguage"
  >;
  fieldOfAction: (code: string) => string;
  courseType: (code: string) => string;
  residenceCategory: (code: string) => string;
  municipality: (ags: string) => string;
  /** An ISO 639 code named in the UI language. */
  language: (code: string) => string;
};

type TNamer = (code: string, names: TDiffNames) => string;

const fromRecord =
  (pick: (labels: TDiffNames["labels"]) => Record<string, string>): TNamer =>
  (code, names) =>
    pick(names.labels)[code] ?? code;

/** Fields whose values are codes: each code in words. Other values are shown as they are. */
const namers: Partial<Record<TOfferField, TNamer>> = {
  category: fromRecord((labels) => labels.categories),
  scheduleKind: fromRecord((labels) => labels.scheduleKinds),
  weekdays: fromRecord((labels) => labels.weekdays),
  timeSlots: fromRecord((labels) => labels.timeSlots),
  costKind: fromRecord((labels) => labels.costKinds),
  genderTarget: fromRecord((labels) => labels.genderTargets),
  fieldsOfAction: (code, names) => names.fieldOfAction(code),
  courseType: (code, names) => names.courseType(code),
  residenceCategories: (code, names) => names.residenceCategory(code),
  municipalityAgs: (code, names) => names.municipality(code),
  languages: (code, names) => names.language(code),
};

function isOfferField(field: string, names: TDiffNames): field is TOfferField {
  return field in names.labels.fields;
}

/** The name of a text language; Easy German ("de-x-easy") is no ISO code. */
export function nameTextLanguage(language: string, names: TDiffNames): string {
  return language === "de-x-easy" ? names.labels.easyLanguage : names.language(language);
}

/** "Titel (Englisch)" for a translation field, the field's label for the others; an unknown field as sent. */
export function labelDiffField(entry: Pick<TOfferDiffEntry, "field" | "language">, names: TDiffNames): string {
  const label = isOfferField(entry.field, names) ? names.labels.fields[entry.field] : entry.field;
  return entry.language === null ? label : `${label} (${nameTextLanguage(entry.language, names)})`;
}

/** A diff value in words, or null when there is none (shown as "no value"). */
export function formatDiffValue(field: string, value: TDiffValue, names: TDiffNames): string | null {
  if (value === null || (Array.isArray(value) && value.length === 0)) return null;
  if (typeof value === "boolean") return value ? names.labels.yes : names.labels.no;
  const namer = Object.entries(namers).find(([key]) => key === field)?.[1];
  const name = (code: string) => (namer ? namer(code, names) : code);
  if (Array.isArray(value)) return value.map(name).join(", ");
  return typeof value === "number" ? String(value) : name(value);
}
