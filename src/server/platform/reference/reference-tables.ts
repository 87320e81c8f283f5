import { boolean, check, integer, numeric, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { buildOneOfCheck } from "../db/sql-helpers.js";

export const districts = pgTable("districts", {
  ags: text("ags").primaryKey(),
  name: text("name").notNull(),
  address: text("address").notNull(),
  population: integer("population").notNull(),
  source: text("source").notNull(),
});

/** The administrations of a district: single municipalities and joint municipalities (Samtgemeinden). */
export const municipalUnits = pgTable(
  "municipal_units",
  {
    key: text("key").primaryKey(),
    districtAgs: text("district_ags")
      .notNull()
      .references(() => districts.ags),
    name: text("name").notNull(),
    kind: text("kind").$type<"single_municipality" | "joint_municipality">().notNull(),
  },
  () => [check("municipal_units_kind", buildOneOfCheck("kind", ["single_municipality", "joint_municipality"]))],
);

export const municipalities = pgTable(
  "municipalities",
  {
    ags: text("ags").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind").$type<"Gemeinde" | "Stadt">().notNull(),
    isTown: boolean("is_town").notNull(),
    municipalUnitKey: text("municipal_unit_key")
      .notNull()
      .references(() => municipalUnits.key),
    population: integer("population").notNull(),
    populationYear: integer("population_year").notNull(),
    latitude: numeric("latitude", { precision: 8, scale: 5, mode: "number" }).notNull(),
    longitude: numeric("longitude", { precision: 8, scale: 5, mode: "number" }).notNull(),
  },
  () => [check("municipalities_kind", buildOneOfCheck("kind", ["Gemeinde", "Stadt"]))],
);

export const fieldsOfAction = pgTable("fields_of_action", {
  code: text("code").primaryKey(),
  position: integer("position").notNull(),
  nameDe: text("name_de").notNull(),
  nameEn: text("name_en").notNull(),
  area: text("area").notNull(),
  exampleTasksDe: text("example_tasks_de").notNull(),
});

export const courseTypes = pgTable("course_types", {
  code: text("code").primaryKey(),
  position: integer("position").notNull(),
  nameDe: text("name_de").notNull(),
  family: text("family").notNull(),
  teachingUnits: text("teaching_units").notNull(),
  cefrTarget: text("cefr_target"),
  notes: text("notes"),
});

export const residenceCategories = pgTable("residence_categories", {
  code: text("code").primaryKey(),
  position: integer("position").notNull(),
  nameDe: text("name_de").notNull(),
  legalBasis: text("legal_basis"),
  notes: text("notes"),
});

export const languages = pgTable(
  "languages",
  {
    tag: text("tag").primaryKey(),
    position: integer("position").notNull(),
    nameNative: text("name_native").notNull(),
    nameDe: text("name_de").notNull(),
    direction: text("direction").$type<"ltr" | "rtl">().notNull(),
    portalPriority: integer("portal_priority").notNull(),
  },
  (table) => [
    check("languages_direction", buildOneOfCheck("direction", ["ltr", "rtl"])),
    uniqueIndex("languages_position").on(table.position),
  ],
);
