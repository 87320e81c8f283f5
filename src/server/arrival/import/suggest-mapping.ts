import { importFields, type TImportField, type TImportMapping } from "../../../common/arrival/import-schemas.js";
import { foldText } from "./parse-import-cells.js";

/**
 * Headings of the foreigners' authority's exports and of hand-made lists, folded (foldText), per
 * field; the first field whose words match a heading gets it. Exact words are tried before prefixes,
 * so "Name" is the family name but "Namenszusatz" is nothing.
 */
const headingWords: Record<TImportField, string[]> = {
  familyName: ["familienname", "nachname", "name", "zuname", "familyname", "surname", "lastname"],
  givenName: ["vorname", "vornamen", "givenname", "firstname"],
  birthDate: ["geburtsdatum", "gebdatum", "geboren", "geburtstag", "gebam", "dateofbirth", "birthdate"],
  sex: ["geschlecht", "sex", "gender"],
  nationalities: ["staatsangehorigkeit", "staatsangehorigkeiten", "nationalitat", "staatsang", "nationality"],
  arrivedInGermanyOn: ["einreisedatum", "einreise", "einreiseam", "ersteinreise", "einreiseindeutschland"],
  arrivedInMunicipalityOn: ["zuzugsdatum", "zuzug", "zuzugam", "zugezogenam", "anmeldedatum", "zuzugindiegemeinde"],
  street: ["strasse", "strassehausnummer", "strasseundhausnummer", "anschrift", "adresse", "street"],
  postalCode: ["plz", "postleitzahl", "postalcode"],
  municipality: ["wohnort", "gemeinde", "ort", "ags", "gemeindeschlussel", "wohngemeinde", "municipality"],
  residenceCategory: ["aufenthaltsstatus", "aufenthaltstitel", "aufenthaltsrecht", "status", "residencestatus"],
  permitExpiresOn: ["gultigbis", "befristetbis", "ablaufdatum", "titelgultigbis", "aufenthaltstitelgultigbis"],
  phone: ["telefon", "telefonnummer", "tel", "mobil", "handy", "phone"],
  email: ["email", "emailadresse", "mail"],
  preferredLanguage: ["sprache", "muttersprache", "sprachen", "language"],
};

/** For each field the heading that most likely holds it; a heading is given to one field at most. */
export function suggestMapping(headers: readonly string[]): TImportMapping {
  const folded = headers.map((header) => foldText(header));
  const mapping: TImportMapping = {};
  const taken = new Set<number>();
  const assign = (matches: (heading: string, word: string) => boolean) => {
    for (const field of importFields) {
      if (mapping[field]) continue;
      const index = folded.findIndex(
        (heading, position) => !taken.has(position) && headingWords[field].some((word) => matches(heading, word)),
      );
      if (index >= 0) {
        mapping[field] = headers[index];
        taken.add(index);
      }
    }
  };
  assign((heading, word) => heading === word);
  assign((heading, word) => word.length >= 4 && heading.startsWith(word));
  return mapping;
}
