import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";
import { isKnownLanguage, isKnownNationality } from "../platform/iso-codes.js";
import { contactChannels, languageLevels, nameKinds, nameScripts, sexes } from "./person.js";

const maxAgeYears = 120;

const ZName = z.string().trim().max(200);
const ZIsoDate = z.iso.date();
/** Optional text: null (or absent) when unknown; an empty string is not a value. */
const ZOptionalText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

/** A further spelling of the name, or the name in its original script (e.g. Cyrillic, Arabic). */
export const ZPersonNameInput = z.strictObject({
  kind: z.enum(nameKinds.filter((kind) => kind !== "passport") as ["original_script", "alternative"]),
  script: z.enum(nameScripts),
  givenName: ZName,
  familyName: ZName,
});

export const ZPersonLanguageInput = z.strictObject({
  language: z.string().trim().min(2).max(3),
  level: z.enum(languageLevels),
});

/** Made once: building an Intl.DateTimeFormat costs tens of microseconds, and an import checks 100,000 records. */
const berlinDateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" });

/** Today in Europe/Berlin as YYYY-MM-DD, the calendar the district works in. */
export function todayInBerlin(now = new Date()): string {
  return berlinDateFormat.format(now);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type TBirth = { birthYear: number | null; birthMonth: number | null; birthDay: number | null };

/** A date of birth known to the year, the month or the day: possible, not in the future, age at most 120. */
function checkBirth(value: TBirth, context: z.core.$RefinementCtx, today: string) {
  const { birthYear: year, birthMonth: month, birthDay: day } = value;
  if (day !== null && month === null) addFieldIssue(context, "birth_day_without_month", ["birthDay"], day);
  if (year === null) return;
  if (month !== null && day !== null && !isRealDate(year, month, day)) {
    addFieldIssue(context, "birth_date_impossible", ["birthDay"], day);
    return;
  }
  const [thisYear, thisMonth, thisDay] = today.split("-").map(Number) as [number, number, number];
  const isFuture =
    year > thisYear ||
    (year === thisYear && month !== null && month > thisMonth) ||
    (year === thisYear && month === thisMonth && day !== null && day > thisDay);
  if (isFuture) addFieldIssue(context, "birth_date_in_future", ["birthYear"], year);
  if (thisYear - year > maxAgeYears) addFieldIssue(context, "age_over_limit", ["birthYear"], year);
}

function checkListed(
  values: string[],
  isKnown: (code: string) => boolean,
  unknown: "nationality_unknown" | "language_unknown",
  path: string,
  context: z.core.$RefinementCtx,
) {
  values.forEach((code, index) => {
    if (!isKnown(code)) addFieldIssue(context, unknown, [path, index], code);
  });
  if (new Set(values).size !== values.length) addFieldIssue(context, "listed_twice", [path], values);
}

const phonePattern = /^\+?[0-9][0-9 ()/-]{4,28}[0-9]$/;

/** Every field of the record, none defaulted: the patch takes any subset of them. */
const personFields = {
  givenName: ZName,
  familyName: ZName,
  otherNames: z.array(ZPersonNameInput).max(10),
  birthYear: z.number().int().min(1800).max(2200).nullable(),
  birthMonth: z.number().int().min(1).max(12).nullable(),
  birthDay: z.number().int().min(1).max(31).nullable(),
  sex: z.enum(sexes),
  nationalities: z.array(z.string().trim().toUpperCase()).max(5),
  languages: z.array(ZPersonLanguageInput).max(12),
  arrivedInGermanyOn: ZIsoDate.nullable(),
  arrivedInMunicipalityOn: ZIsoDate.nullable(),
  firstContactOn: ZIsoDate.nullable(),
  residenceCategory: z.string().trim().min(1).max(60).nullable(),
  permitExpiresOn: ZIsoDate.nullable(),
  municipalityAgs: z.string().regex(/^\d{8}$/),
  street: ZOptionalText(200),
  postalCode: ZOptionalText(5),
  phone: ZOptionalText(30),
  email: z.email().max(254).nullable().optional(),
  preferredChannel: z.enum(contactChannels).nullable().optional(),
  preferredLanguage: z.string().trim().min(2).max(3).nullable().optional(),
  /** Why the record is written (e.g. "first interview"); recorded in the audit trail. */
  purpose: z.string().trim().min(1).max(200).optional(),
};

const ZPersonFields = z.strictObject(personFields);
type TCheckedRecord = Omit<z.output<typeof ZPersonFields>, "purpose">;

/** The rules across fields: names, the partial date of birth, codes, dates in order, contact. */
function checkPersonRecord(value: TCheckedRecord, context: z.core.$RefinementCtx) {
  const today = todayInBerlin();
  if (value.givenName === "" && value.familyName === "") {
    addFieldIssue(context, "name_required", ["familyName"], value.familyName);
  }
  value.otherNames.forEach((name, index) => {
    if (name.givenName === "" && name.familyName === "") {
      addFieldIssue(context, "name_required", ["otherNames", index, "familyName"], name.familyName);
    }
  });
  checkBirth(value, context, today);
  checkListed(value.nationalities, isKnownNationality, "nationality_unknown", "nationalities", context);
  const languageCodes = value.languages.map((entry) => entry.language);
  checkListed(languageCodes, isKnownLanguage, "language_unknown", "languages", context);
  if (value.preferredLanguage && !isKnownLanguage(value.preferredLanguage)) {
    addFieldIssue(context, "language_unknown", ["preferredLanguage"], value.preferredLanguage);
  }
  for (const field of ["arrivedInGermanyOn", "arrivedInMunicipalityOn", "firstContactOn"] as const) {
    const date = value[field];
    if (date !== null && date > today) addFieldIssue(context, "date_in_future", [field], date);
  }
  if (
    value.arrivedInGermanyOn !== null &&
    value.arrivedInMunicipalityOn !== null &&
    value.arrivedInMunicipalityOn < value.arrivedInGermanyOn
  ) {
    addFieldIssue(
      context,
      "arrival_in_municipality_before_germany",
      ["arrivedInMunicipalityOn"],
      value.arrivedInMunicipalityOn,
    );
  }
  if (value.phone && !phonePattern.test(value.phone)) addFieldIssue(context, "phone_invalid", ["phone"], value.phone);
  if (value.postalCode && !/^\d{5}$/.test(value.postalCode)) {
    addFieldIssue(context, "postal_code_invalid", ["postalCode"], value.postalCode);
  }
  const channelNeeds = {
    phone: value.phone,
    sms: value.phone,
    messenger: value.phone,
    email: value.email,
    letter: value.street,
  };
  const channel = value.preferredChannel;
  if (channel && channel !== "in_person" && !channelNeeds[channel]) {
    addFieldIssue(context, "contact_for_channel_missing", ["preferredChannel"], channel);
  }
}

/**
 * A person's record as staff enter it (form and API alike). Least data: only a name and the
 * municipality are required; everything else may stay empty until it is known.
 */
export const ZPersonInput = z
  .strictObject({
    ...personFields,
    otherNames: personFields.otherNames.default([]),
    birthYear: personFields.birthYear.default(null),
    birthMonth: personFields.birthMonth.default(null),
    birthDay: personFields.birthDay.default(null),
    sex: personFields.sex.default("not_stated"),
    nationalities: personFields.nationalities.default([]),
    languages: personFields.languages.default([]),
    arrivedInGermanyOn: personFields.arrivedInGermanyOn.default(null),
    arrivedInMunicipalityOn: personFields.arrivedInMunicipalityOn.default(null),
    firstContactOn: personFields.firstContactOn.default(null),
    residenceCategory: personFields.residenceCategory.default(null),
    permitExpiresOn: personFields.permitExpiresOn.default(null),
  })
  .superRefine(checkPersonRecord);

/**
 * A correction: any subset of the fields. The server merges it into the stored record and checks
 * the result with ZPersonInput, so the rules across fields hold for the whole record.
 */
export const ZPersonPatch = ZPersonFields.partial();
export type TPersonPatch = z.output<typeof ZPersonPatch>;

export type TPersonInput = z.input<typeof ZPersonInput>;
export type TPersonInputParsed = z.output<typeof ZPersonInput>;
