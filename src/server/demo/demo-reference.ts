import type { TDb } from "../platform/db/database.js";
import {
  courseTypes,
  districts,
  fieldsOfAction,
  municipalities,
  municipalUnits,
  residenceCategories,
} from "../platform/reference/reference-tables.js";
import { listOriginResidenceCategories } from "./origins.js";

export type TDemoReference = {
  district: { ags: string; name: string };
  municipalities: {
    ags: string;
    name: string;
    isTown: boolean;
    population: number;
    municipalUnitKey: string;
    latitude: number;
    longitude: number;
  }[];
  municipalUnits: { key: string; name: string; kind: string; population: number; municipalityKind: string }[];
  courseTypes: { code: string; nameDe: string; teachingUnits: string; cefrTarget: string | null }[];
  fieldsOfAction: Set<string>;
};

/** Reads the reference data the generator builds on and checks that everything it refers to exists. */
export async function loadDemoReference(db: TDb): Promise<TDemoReference> {
  const districtRows = await db.select({ ags: districts.ags, name: districts.name }).from(districts);
  const district = districtRows[0];
  if (!district || districtRows.length !== 1) {
    throw new Error("Demo data needs the reference data of exactly one district; run `npm run db:migrate` first.");
  }
  const municipalityRows = await db
    .select({
      ags: municipalities.ags,
      name: municipalities.name,
      kind: municipalities.kind,
      isTown: municipalities.isTown,
      population: municipalities.population,
      municipalUnitKey: municipalities.municipalUnitKey,
      latitude: municipalities.latitude,
      longitude: municipalities.longitude,
    })
    .from(municipalities)
    .orderBy(municipalities.ags);
  const unitRows = await db.select().from(municipalUnits).orderBy(municipalUnits.key);
  const courseRows = await db
    .select({
      code: courseTypes.code,
      nameDe: courseTypes.nameDe,
      teachingUnits: courseTypes.teachingUnits,
      cefrTarget: courseTypes.cefrTarget,
    })
    .from(courseTypes)
    .orderBy(courseTypes.position);
  const residenceCodes = new Set(
    (await db.select({ code: residenceCategories.code }).from(residenceCategories)).map((row) => row.code),
  );
  const fieldCodes = new Set((await db.select({ code: fieldsOfAction.code }).from(fieldsOfAction)).map((r) => r.code));

  const missingCategories = [...listOriginResidenceCategories(), "familie"].filter((code) => !residenceCodes.has(code));
  if (missingCategories.length > 0) {
    throw new Error(`Demo data needs the residence categories ${missingCategories.join(", ")} in the reference data.`);
  }
  if (municipalityRows.length === 0) throw new Error("Demo data needs municipalities in the reference data.");

  return {
    district,
    municipalities: municipalityRows,
    municipalUnits: unitRows.map((unit) => {
      const members = municipalityRows.filter((m) => m.municipalUnitKey === unit.key);
      return {
        key: unit.key,
        name: unit.name,
        kind: unit.kind,
        population: members.reduce((sum, m) => sum + m.population, 0),
        municipalityKind: members[0]?.kind ?? "Gemeinde",
      };
    }),
    courseTypes: courseRows,
    fieldsOfAction: fieldCodes,
  };
}
