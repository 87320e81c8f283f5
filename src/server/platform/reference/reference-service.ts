import { asc, desc, eq, sql } from "drizzle-orm";
import type { TMunicipality } from "../../../common/platform/reference-schemas.js";
import type { TDb } from "../db/database.js";
import {
  courseTypes,
  fieldsOfAction,
  languages,
  municipalities,
  municipalUnits,
  residenceCategories,
} from "./reference-tables.js";

type TMunicipalityFilter = { municipalUnit?: string; sort: "name" | "population" | "ags" };

const municipalitySorts = {
  name: asc(municipalities.name),
  population: desc(municipalities.population),
  ags: asc(municipalities.ags),
};

export async function listMunicipalities(db: TDb, filter: TMunicipalityFilter): Promise<TMunicipality[]> {
  return db
    .select({
      ags: municipalities.ags,
      name: municipalities.name,
      kind: municipalities.kind,
      isTown: municipalities.isTown,
      municipalUnitKey: municipalities.municipalUnitKey,
      municipalUnitName: municipalUnits.name,
      population: municipalities.population,
      populationYear: municipalities.populationYear,
      latitude: municipalities.latitude,
      longitude: municipalities.longitude,
    })
    .from(municipalities)
    .innerJoin(municipalUnits, eq(municipalUnits.key, municipalities.municipalUnitKey))
    .where(filter.municipalUnit ? eq(municipalities.municipalUnitKey, filter.municipalUnit) : undefined)
    .orderBy(municipalitySorts[filter.sort]);
}

export async function listMunicipalUnits(db: TDb) {
  return db
    .select({
      key: municipalUnits.key,
      name: municipalUnits.name,
      kind: municipalUnits.kind,
      municipalityAgs: sql<string[]>`array_agg(${municipalities.ags} order by ${municipalities.ags})`,
      population: sql<number>`sum(${municipalities.population})::int`,
    })
    .from(municipalUnits)
    .innerJoin(municipalities, eq(municipalities.municipalUnitKey, municipalUnits.key))
    .groupBy(municipalUnits.key)
    .orderBy(asc(municipalUnits.name));
}

export function listFieldsOfAction(db: TDb) {
  return db
    .select({
      code: fieldsOfAction.code,
      position: fieldsOfAction.position,
      nameDe: fieldsOfAction.nameDe,
      nameEn: fieldsOfAction.nameEn,
      area: fieldsOfAction.area,
    })
    .from(fieldsOfAction)
    .orderBy(asc(fieldsOfAction.position));
}

export function listCourseTypes(db: TDb) {
  return db
    .select({
      code: courseTypes.code,
      nameDe: courseTypes.nameDe,
      family: courseTypes.family,
      teachingUnits: courseTypes.teachingUnits,
      cefrTarget: courseTypes.cefrTarget,
      notes: courseTypes.notes,
    })
    .from(courseTypes)
    .orderBy(asc(courseTypes.position));
}

export function listResidenceCategories(db: TDb) {
  return db
    .select({
      code: residenceCategories.code,
      nameDe: residenceCategories.nameDe,
      legalBasis: residenceCategories.legalBasis,
      notes: residenceCategories.notes,
    })
    .from(residenceCategories)
    .orderBy(asc(residenceCategories.position));
}

export async function listLanguages(db: TDb) {
  return db
    .select({
      tag: languages.tag,
      nameNative: languages.nameNative,
      nameDe: languages.nameDe,
      direction: languages.direction,
      portalPriority: languages.portalPriority,
    })
    .from(languages)
    .orderBy(asc(languages.position));
}
