import type pg from "pg";
import { personSearchKeys } from "../arrival/duplicates/person-search-keys.js";
import type { TGeneratedHousehold } from "./generated-person.js";

/**
 * Column buffers for one batch of households, persons and their names, written with
 * INSERT … SELECT FROM unnest(…): one statement per table and batch, through the ordinary pool, so it
 * works against PostgreSQL and the embedded PGlite socket alike (COPY does not pass that socket).
 */
export type TPersonBatch = {
  households: { id: string[]; municipalityAgs: string[] };
  persons: {
    id: string[];
    givenName: string[];
    familyName: string[];
    birthYear: number[];
    birthMonth: (number | null)[];
    birthDay: (number | null)[];
    sex: string[];
    nationalities: string[];
    municipalityAgs: string[];
    residenceCategory: string[];
    arrivedInGermanyOn: (string | null)[];
    householdId: string[];
    householdRelation: string[];
    givenKeys: string[];
    familyKeys: string[];
    familyNormalised: string[];
  };
  names: {
    id: string[];
    personId: string[];
    kind: string[];
    script: string[];
    givenName: string[];
    familyName: string[];
    position: number[];
  };
};

const INSERT_HOUSEHOLDS = `insert into households (id, municipality_ags)
  select * from unnest($1::uuid[], $2::text[])`;

// Nationalities and search keys travel as comma-joined text: unnest flattens a two-dimensional array.
const INSERT_PERSONS = `insert into persons (id, given_name, family_name, birth_year, birth_month, birth_day, sex,
    nationalities, municipality_ags, residence_category, arrived_in_germany_on, household_id, household_relation,
    given_keys, family_keys, family_normalised)
  select id, given_name, family_name, birth_year, birth_month, birth_day, sex, string_to_array(nationalities, ','),
    municipality_ags, residence_category, arrived_in_germany_on, household_id, household_relation,
    string_to_array(given_keys, ','), string_to_array(family_keys, ','), family_normalised
  from unnest($1::uuid[], $2::text[], $3::text[], $4::smallint[], $5::smallint[], $6::smallint[], $7::text[],
    $8::text[], $9::text[], $10::text[], $11::date[], $12::uuid[], $13::text[], $14::text[], $15::text[], $16::text[])
    as t(id, given_name, family_name, birth_year, birth_month, birth_day, sex, nationalities, municipality_ags,
      residence_category, arrived_in_germany_on, household_id, household_relation, given_keys, family_keys,
      family_normalised)`;

const INSERT_NAMES = `insert into person_names (id, person_id, kind, script, given_name, family_name, position)
  select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])`;

export function createPersonBatch(): TPersonBatch {
  return {
    households: { id: [], municipalityAgs: [] },
    persons: {
      id: [],
      givenName: [],
      familyName: [],
      birthYear: [],
      birthMonth: [],
      birthDay: [],
      sex: [],
      nationalities: [],
      municipalityAgs: [],
      residenceCategory: [],
      arrivedInGermanyOn: [],
      householdId: [],
      householdRelation: [],
      givenKeys: [],
      familyKeys: [],
      familyNormalised: [],
    },
    names: { id: [], personId: [], kind: [], script: [], givenName: [], familyName: [], position: [] },
  };
}

/** Appends a household; name ids come from nextId so that they, too, follow from the seed. */
export function addHousehold(batch: TPersonBatch, household: TGeneratedHousehold, nextId: () => string): void {
  batch.households.id.push(household.id);
  batch.households.municipalityAgs.push(household.municipalityAgs);
  const { persons, names } = batch;
  for (const person of household.members) {
    persons.id.push(person.id);
    persons.givenName.push(person.givenName);
    persons.familyName.push(person.familyName);
    persons.birthYear.push(person.birthYear);
    persons.birthMonth.push(person.birthMonth);
    persons.birthDay.push(person.birthDay);
    persons.sex.push(person.sex);
    persons.nationalities.push(person.nationalities.join(","));
    persons.municipalityAgs.push(person.municipalityAgs);
    persons.residenceCategory.push(person.residenceCategory);
    persons.arrivedInGermanyOn.push(person.arrivedInGermanyOn);
    persons.householdId.push(household.id);
    persons.householdRelation.push(person.householdRelation);
    const keys = personSearchKeys([person, ...person.names]);
    persons.givenKeys.push(keys.givenKeys.join(","));
    persons.familyKeys.push(keys.familyKeys.join(","));
    persons.familyNormalised.push(keys.familyNormalised);
    person.names.forEach((name, position) => {
      names.id.push(nextId());
      names.personId.push(person.id);
      names.kind.push(name.kind);
      names.script.push(name.script);
      names.givenName.push(name.givenName);
      names.familyName.push(name.familyName);
      names.position.push(position);
    });
  }
}

/** Writes one batch in its own transaction: a batch is stored whole or not at all. */
export async function insertPersonBatch(pool: pg.Pool, batch: TPersonBatch): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const { households: h, persons: p, names: n } = batch;
    await client.query(INSERT_HOUSEHOLDS, [h.id, h.municipalityAgs]);
    await client.query(INSERT_PERSONS, [
      p.id,
      p.givenName,
      p.familyName,
      p.birthYear,
      p.birthMonth,
      p.birthDay,
      p.sex,
      p.nationalities,
      p.municipalityAgs,
      p.residenceCategory,
      p.arrivedInGermanyOn,
      p.householdId,
      p.householdRelation,
      p.givenKeys,
      p.familyKeys,
      p.familyNormalised,
    ]);
    await client.query(INSERT_NAMES, [n.id, n.personId, n.kind, n.script, n.givenName, n.familyName, n.position]);
    await client.query("commit");
  } catch (error) {
    const isRolledBack = await client.query("rollback").then(
      () => true,
      () => false,
    );
    // A connection that cannot even roll back is not given back to the pool.
    client.release(!isRolledBack);
    throw error;
  }
  client.release();
}
