import type { TPerson } from "../../../common/arrival/person-schemas.js";
import type { TMovedParts } from "./person-merge-parts.js";

/** The survivor's own columns as they were before a merge (everything a merge may change). */
export type TMergeSnapshot = {
  row: {
    givenName: string;
    familyName: string;
    birthYear: number | null;
    birthMonth: number | null;
    birthDay: number | null;
    sex: TPerson["sex"];
    nationalities: string[];
    residenceCategory: string | null;
    permitExpiresOn: string | null;
    arrivedInGermanyOn: string | null;
    arrivedInMunicipalityOn: string | null;
    firstContactOn: string | null;
    street: string | null;
    postalCode: string | null;
    phone: string | null;
    email: string | null;
    preferredChannel: TPerson["preferredChannel"];
    preferredLanguage: string | null;
    householdId: string | null;
    householdRelation: TPerson["householdRelation"];
    givenKeys: string[];
    familyKeys: string[];
    familyNormalised: string;
  };
  otherNames: TPerson["otherNames"];
  languages: TPerson["languages"];
};

/** What a merge moved away from the merged record, to be given back on undo. */
export type TMergeMoved = {
  assignmentIds: string[];
  /** Rows of other modules' tables moved to the survivor (TModule.personMergeParts); absent on merges made before. */
  parts?: TMovedParts;
  mergedStatus: TPerson["status"];
  mergedHousehold: { householdId: string | null; householdRelation: TPerson["householdRelation"] };
};
