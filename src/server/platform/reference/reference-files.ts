import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { z } from "zod";

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

const ZBooleanText = z.enum(["true", "false"]).transform((value) => value === "true");
const emptyToNull = (value: string) => (value === "" ? null : value);

export const ZDistrictRow = z.object({
  ags: z.string().regex(/^\d{5}$/),
  name: z.string().min(1),
  address: z.string().min(1),
  population_2021: z.coerce.number().int().positive(),
});

export const ZMunicipalityRow = z.object({
  ags: z.string().regex(/^\d{8}$/),
  name: z.string().min(1),
  kind: z.enum(["Gemeinde", "Stadt"]),
  town: ZBooleanText,
  joint_municipality: z.string().transform(emptyToNull),
  joint_municipality_key: z
    .string()
    .regex(/^(\d{9})?$/)
    .transform(emptyToNull),
  population_2021: z.coerce.number().int().positive(),
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
});

export const ZFieldOfActionRow = z.object({
  code: z.string().min(1),
  name_de: z.string().min(1),
  name_en: z.string().min(1),
  kommmit_area: z.string().min(1),
  example_tasks_de: z.string(),
});

export const ZCourseTypeRow = z.object({
  code: z.string().min(1),
  name_de: z.string().min(1),
  family: z.string().min(1),
  teaching_units: z.string().min(1),
  cefr_target: z.string().transform(emptyToNull),
  notes: z.string().transform(emptyToNull),
});

export const ZResidenceCategoryRow = z.object({
  code: z.string().min(1),
  name_de: z.string().min(1),
  legal_basis: z.string().transform(emptyToNull),
  notes: z.string().transform(emptyToNull),
});

export const ZLanguageRow = z.object({
  bcp47: z.string().min(2),
  name_native: z.string().min(1),
  name_de: z.string().min(1),
  dir: z.enum(["ltr", "rtl"]),
  portal_priority: z.coerce.number().int().min(1).max(9),
});

/** Reads one CSV of the reference data folder and validates every row; a bad row names its line. */
export function readReferenceFile<T extends z.ZodType>(fileName: string, schema: T): z.infer<T>[] {
  const records = parse(fs.readFileSync(path.join(dataDir, fileName), "utf8"), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  return records.map((record, index) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      throw new Error(`${fileName} line ${index + 2}: ${z.prettifyError(parsed.error)}`);
    }
    return parsed.data;
  });
}
