import type { THouseholdRelation, TSex } from "../../common/arrival/person.js";
import type { TScript, TSpelling } from "./names/name-spelling.js";

export type TGeneratedName = {
  kind: "original_script" | "alternative";
  script: TScript;
  givenName: string;
  familyName: string;
};

/** One generated person, shaped like a persons row plus its person_names rows. */
export type TGeneratedPerson = {
  id: string;
  givenName: string;
  familyName: string;
  birthYear: number;
  birthMonth: number | null;
  birthDay: number | null;
  sex: TSex;
  nationalities: readonly string[];
  municipalityAgs: string;
  residenceCategory: string;
  arrivedInGermanyOn: string | null;
  householdRelation: THouseholdRelation;
  names: readonly TGeneratedName[];
  /** The spellings the names came from, so that a near-duplicate can drift the way real records do. */
  spellings: { given: TSpelling; family: TSpelling; script: TScript };
};

export type TGeneratedHousehold = { id: string; municipalityAgs: string; members: readonly TGeneratedPerson[] };
