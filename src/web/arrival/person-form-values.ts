import type { TContactChannel, TLanguageLevel, TNameScript, TSex } from "../../common/arrival/person.js";

export type TNameRow = {
  /** Only for React's list keys; never sent. */
  rowId: string;
  kind: "original_script" | "alternative";
  script: TNameScript;
  givenName: string;
  familyName: string;
};

export type TLanguageRow = { rowId: string; language: string; level: TLanguageLevel | "" };

/** What the registration form holds: text as typed, numbers as Mantine's NumberInput gives them, "" for empty. */
export type TPersonFormValues = {
  givenName: string;
  familyName: string;
  otherNames: TNameRow[];
  birthYear: number | string;
  birthMonth: number | string;
  birthDay: number | string;
  sex: TSex;
  nationalities: string[];
  languages: TLanguageRow[];
  arrivedInGermanyOn: string;
  arrivedInMunicipalityOn: string;
  residenceCategory: string;
  permitExpiresOn: string;
  municipalityAgs: string;
  street: string;
  postalCode: string;
  phone: string;
  email: string;
  preferredChannel: TContactChannel | "";
  preferredLanguage: string;
  purpose: string;
};

export type TTextField = {
  [TKey in keyof TPersonFormValues]: TPersonFormValues[TKey] extends string ? TKey : never;
}[keyof TPersonFormValues];

export const emptyPersonFormValues: TPersonFormValues = {
  givenName: "",
  familyName: "",
  otherNames: [],
  birthYear: "",
  birthMonth: "",
  birthDay: "",
  sex: "not_stated",
  nationalities: [],
  languages: [],
  arrivedInGermanyOn: "",
  arrivedInMunicipalityOn: "",
  residenceCategory: "",
  permitExpiresOn: "",
  municipalityAgs: "",
  street: "",
  postalCode: "",
  phone: "",
  email: "",
  preferredChannel: "",
  preferredLanguage: "",
  purpose: "",
};

const orNull = (value: string) => (value.trim() === "" ? null : value);
const numberOrNull = (value: number | string) => (typeof value === "number" ? value : null);

/**
 * The body for ZPersonInput: empty inputs become null (the schema refuses empty strings), an empty
 * purpose is left out, and the rows lose their React keys. Names stay as typed: "" is a missing name.
 */
export function toPersonInput(values: TPersonFormValues) {
  const purpose = orNull(values.purpose);
  return {
    givenName: values.givenName,
    familyName: values.familyName,
    otherNames: values.otherNames.map(({ kind, script, givenName, familyName }) => ({
      kind,
      script,
      givenName,
      familyName,
    })),
    birthYear: numberOrNull(values.birthYear),
    birthMonth: numberOrNull(values.birthMonth),
    birthDay: numberOrNull(values.birthDay),
    sex: values.sex,
    nationalities: values.nationalities,
    languages: values.languages.map(({ language, level }) => ({ language, level })),
    arrivedInGermanyOn: orNull(values.arrivedInGermanyOn),
    arrivedInMunicipalityOn: orNull(values.arrivedInMunicipalityOn),
    residenceCategory: orNull(values.residenceCategory),
    permitExpiresOn: orNull(values.permitExpiresOn),
    municipalityAgs: values.municipalityAgs,
    street: orNull(values.street),
    postalCode: orNull(values.postalCode),
    phone: orNull(values.phone),
    email: orNull(values.email),
    preferredChannel: values.preferredChannel === "" ? null : values.preferredChannel,
    preferredLanguage: orNull(values.preferredLanguage),
    ...(purpose === null ? {} : { purpose }),
  };
}
