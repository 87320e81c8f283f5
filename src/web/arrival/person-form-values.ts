import {
  nameScripts,
  type TContactChannel,
  type TLanguageLevel,
  type TNameScript,
  type TSex,
} from "../../common/arrival/person.js";
import type { TPerson } from "../../common/arrival/person-schemas.js";
import { createRowId } from "./person-fieldset-props.js";

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
  /** Not an input of the form: carried through an edit so saving keeps it. */
  firstContactOn: string;
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
  firstContactOn: "",
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
    firstContactOn: orNull(values.firstContactOn),
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

const asScript = (script: string): TNameScript => nameScripts.find((known) => known === script) ?? "Other";

/** A stored record as the form holds it, for correcting it: null becomes "", rows get keys. */
export function toPersonFormValues(person: TPerson): TPersonFormValues {
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    otherNames: person.otherNames.flatMap((name) =>
      name.kind === "passport"
        ? []
        : [
            {
              rowId: createRowId(),
              kind: name.kind,
              script: asScript(name.script),
              givenName: name.givenName,
              familyName: name.familyName,
            },
          ],
    ),
    birthYear: person.birthYear ?? "",
    birthMonth: person.birthMonth ?? "",
    birthDay: person.birthDay ?? "",
    sex: person.sex,
    nationalities: person.nationalities,
    languages: person.languages.map((entry) => ({ rowId: createRowId(), ...entry })),
    arrivedInGermanyOn: person.arrivedInGermanyOn ?? "",
    arrivedInMunicipalityOn: person.arrivedInMunicipalityOn ?? "",
    firstContactOn: person.firstContactOn ?? "",
    residenceCategory: person.residenceCategory ?? "",
    permitExpiresOn: person.permitExpiresOn ?? "",
    municipalityAgs: person.municipalityAgs,
    street: person.street ?? "",
    postalCode: person.postalCode ?? "",
    phone: person.phone ?? "",
    email: person.email ?? "",
    preferredChannel: person.preferredChannel ?? "",
    preferredLanguage: person.preferredLanguage ?? "",
    purpose: "",
  };
}
