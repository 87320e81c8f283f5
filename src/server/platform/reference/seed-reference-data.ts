import { lt, sql } from "drizzle-orm";
import type { TDb } from "../db/database.js";
import { upsertRows } from "../db/upsert-rows.js";
import {
  readReferenceFile,
  ZCourseTypeRow,
  ZDistrictRow,
  ZFieldOfActionRow,
  ZLanguageRow,
  ZMunicipalityRow,
  ZResidenceCategoryRow,
} from "./reference-files.js";
import {
  courseTypes,
  districts,
  fieldsOfAction,
  languages,
  municipalities,
  municipalUnits,
  residenceCategories,
} from "./reference-tables.js";

const POPULATION_YEAR = 2021;

export type TReferenceCounts = {
  districts: number;
  municipalUnits: number;
  municipalities: number;
  fieldsOfAction: number;
  courseTypes: number;
  residenceCategories: number;
  languages: number;
};

/** Loads the reference files into the database in one transaction; running it again changes nothing. */
export async function seedReferenceData(db: TDb): Promise<TReferenceCounts> {
  const districtRows = readReferenceFile("district.csv", ZDistrictRow);
  const municipalityRows = readReferenceFile("municipalities.csv", ZMunicipalityRow);
  const fieldRows = readReferenceFile("fields-of-action.csv", ZFieldOfActionRow);
  const courseRows = readReferenceFile("course-types.csv", ZCourseTypeRow);
  const residenceRows = readReferenceFile("residence-categories.csv", ZResidenceCategoryRow);
  const languageRows = readReferenceFile("languages.csv", ZLanguageRow);
  const district = districtRows[0];
  if (!district || districtRows.length !== 1) throw new Error("district.csv must hold exactly one district");

  const units = new Map<string, { key: string; name: string; kind: "single_municipality" | "joint_municipality" }>();
  for (const row of municipalityRows) {
    if (row.joint_municipality_key && row.joint_municipality) {
      units.set(row.joint_municipality_key, {
        key: row.joint_municipality_key,
        name: row.joint_municipality,
        kind: "joint_municipality",
      });
    } else {
      units.set(row.ags, { key: row.ags, name: row.name, kind: "single_municipality" });
    }
  }

  await db.transaction(async (tx) => {
    await upsertRows(tx, districts, districts.ags, [
      {
        ags: district.ags,
        name: district.name,
        address: district.address,
        population: district.population_2021,
        source: "Destatis Gemeindeverzeichnis 31.12.2021",
      },
    ]);
    await upsertRows(
      tx,
      municipalUnits,
      municipalUnits.key,
      [...units.values()].map((unit) => ({ ...unit, districtAgs: district.ags })),
    );
    await upsertRows(
      tx,
      municipalities,
      municipalities.ags,
      municipalityRows.map((row) => ({
        ags: row.ags,
        name: row.name,
        kind: row.kind,
        isTown: row.town,
        municipalUnitKey: row.joint_municipality_key ?? row.ags,
        population: row.population_2021,
        populationYear: POPULATION_YEAR,
        latitude: row.lat,
        longitude: row.lon,
      })),
    );
    await upsertRows(
      tx,
      fieldsOfAction,
      fieldsOfAction.code,
      fieldRows.map((row, index) => ({
        code: row.code,
        position: index + 1,
        nameDe: row.name_de,
        nameEn: row.name_en,
        area: row.kommmit_area,
        exampleTasksDe: row.example_tasks_de,
      })),
    );
    await upsertRows(
      tx,
      courseTypes,
      courseTypes.code,
      courseRows.map((row, index) => ({
        code: row.code,
        position: index + 1,
        nameDe: row.name_de,
        family: row.family,
        teachingUnits: row.teaching_units,
        cefrTarget: row.cefr_target,
        notes: row.notes,
      })),
    );
    await upsertRows(
      tx,
      residenceCategories,
      residenceCategories.code,
      residenceRows.map((row, index) => ({
        code: row.code,
        position: index + 1,
        nameDe: row.name_de,
        legalBasis: row.legal_basis,
        notes: row.notes,
      })),
    );
    // Positions are unique; move existing rows out of the way so a reordered file cannot collide.
    await tx.execute(sql`update languages set position = -position`);
    await upsertRows(
      tx,
      languages,
      languages.tag,
      languageRows.map((row, index) => ({
        tag: row.bcp47,
        position: index + 1,
        nameNative: row.name_native,
        nameDe: row.name_de,
        direction: row.dir,
        portalPriority: row.portal_priority,
      })),
    );
    // A language no longer in the file kept its negative position; it is no longer offered.
    await tx.delete(languages).where(lt(languages.position, 0));
  });

  return {
    districts: 1,
    municipalUnits: units.size,
    municipalities: municipalityRows.length,
    fieldsOfAction: fieldRows.length,
    courseTypes: courseRows.length,
    residenceCategories: residenceRows.length,
    languages: languageRows.length,
  };
}
