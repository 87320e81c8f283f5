import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { TPerson, TPersonRecordAction } from "../../../common/arrival/person-schemas.js";
import { personLanguages, personNames, persons } from "../arrival-tables.js";

/**
 * The columns of a whole person record: the person row plus their further names and languages,
 * aggregated in the same statement so a record costs one round trip.
 */
export function personRecordColumns() {
  // Qualified by hand: in a single-table select drizzle writes columns unqualified, and a bare "id"
  // inside the subquery would name person_names.id.
  const personId = sql`${sql.identifier(getTableName(persons))}.${sql.identifier(persons.id.name)}`;
  return {
    ...getTableColumns(persons),
    otherNames: sql<TPerson["otherNames"]>`coalesce((
      select json_agg(json_build_object(
        'kind', ${personNames.kind}, 'script', ${personNames.script},
        'givenName', ${personNames.givenName}, 'familyName', ${personNames.familyName}
      ) order by ${personNames.position}, ${personNames.id})
      from ${personNames} where ${personNames.personId} = ${personId}
    ), '[]'::json)`.as("other_names"),
    languages: sql<TPerson["languages"]>`coalesce((
      select json_agg(json_build_object('language', ${personLanguages.language}, 'level', ${personLanguages.level})
        order by ${personLanguages.position}, ${personLanguages.language})
      from ${personLanguages} where ${personLanguages.personId} = ${personId}
    ), '[]'::json)`.as("languages"),
  };
}

export type TPersonRecordRow = typeof persons.$inferSelect & {
  otherNames: TPerson["otherNames"];
  languages: TPerson["languages"];
};

/** The API shape of a record row; `allowedActions` says what the actor may do with it. */
export function toPerson(row: TPersonRecordRow, allowedActions: TPersonRecordAction[]): TPerson {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    otherNames: row.otherNames,
    birthYear: row.birthYear,
    birthMonth: row.birthMonth,
    birthDay: row.birthDay,
    sex: row.sex,
    nationalities: row.nationalities,
    languages: row.languages,
    municipalityAgs: row.municipalityAgs,
    status: row.status,
    residenceCategory: row.residenceCategory,
    permitExpiresOn: row.permitExpiresOn,
    arrivedInGermanyOn: row.arrivedInGermanyOn,
    arrivedInMunicipalityOn: row.arrivedInMunicipalityOn,
    firstContactOn: row.firstContactOn,
    arrivedOn: row.arrivedInMunicipalityOn ?? row.arrivedInGermanyOn,
    street: row.street,
    postalCode: row.postalCode,
    phone: row.phone,
    email: row.email,
    preferredChannel: row.preferredChannel,
    preferredLanguage: row.preferredLanguage,
    householdId: row.householdId,
    householdRelation: row.householdRelation,
    mergedInto: row.mergedInto,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    allowedActions,
  };
}
