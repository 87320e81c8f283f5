import { z } from "zod";

export const ZMunicipality = z
  .object({
    ags: z.string(),
    name: z.string(),
    kind: z.enum(["Gemeinde", "Stadt"]),
    isTown: z.boolean(),
    municipalUnitKey: z.string(),
    municipalUnitName: z.string(),
    population: z.number().int(),
    populationYear: z.number().int(),
    latitude: z.number(),
    longitude: z.number(),
  })
  .meta({ id: "Municipality" });
export type TMunicipality = z.infer<typeof ZMunicipality>;

export const ZMunicipalityQuery = z.strictObject({
  municipalUnit: z
    .string()
    .regex(/^\d{8,9}$/)
    .optional(),
  sort: z.enum(["name", "population", "ags"]).default("name"),
});

export const ZMunicipalUnit = z
  .object({
    key: z.string(),
    name: z.string(),
    kind: z.enum(["single_municipality", "joint_municipality"]),
    municipalityAgs: z.array(z.string()),
    population: z.number().int(),
  })
  .meta({ id: "MunicipalUnit" });

export const ZFieldOfAction = z
  .object({ code: z.string(), position: z.number().int(), nameDe: z.string(), nameEn: z.string(), area: z.string() })
  .meta({ id: "FieldOfAction" });

export const ZCourseType = z
  .object({
    code: z.string(),
    nameDe: z.string(),
    family: z.string(),
    teachingUnits: z.string(),
    cefrTarget: z.string().nullable(),
    notes: z.string().nullable(),
  })
  .meta({ id: "CourseType" });

export const ZResidenceCategory = z
  .object({ code: z.string(), nameDe: z.string(), legalBasis: z.string().nullable(), notes: z.string().nullable() })
  .meta({ id: "ResidenceCategory" });

export const ZLanguage = z
  .object({
    tag: z.string(),
    nameNative: z.string(),
    nameDe: z.string(),
    direction: z.enum(["ltr", "rtl"]),
    portalPriority: z.number().int(),
  })
  .meta({ id: "Language" });
