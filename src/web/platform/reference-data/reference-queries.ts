import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import {
  ZCourseType,
  ZFieldOfAction,
  ZLanguage,
  ZMunicipality,
  ZMunicipalUnit,
  ZResidenceCategory,
} from "../../../common/platform/reference-schemas.js";
import { requestJson } from "../../api/api-client.js";

export type TMunicipality = z.infer<typeof ZMunicipality>;
export type TMunicipalUnit = z.infer<typeof ZMunicipalUnit>;
export type TFieldOfAction = z.infer<typeof ZFieldOfAction>;
export type TCourseType = z.infer<typeof ZCourseType>;
export type TResidenceCategory = z.infer<typeof ZResidenceCategory>;
export type TLanguage = z.infer<typeof ZLanguage>;

/** Reference data changes with a release or an import, not while someone is looking at it. */
export const referenceStaleTime = 60 * 60_000;

function referenceQuery<TSchema extends z.ZodType>(name: string, path: string, schema: TSchema) {
  return queryOptions({
    queryKey: ["reference", name],
    queryFn: ({ signal }) => requestJson(path, z.array(schema), { signal }),
    staleTime: referenceStaleTime,
  });
}

export const municipalitiesQuery = referenceQuery("municipalities", "/api/municipalities?sort=name", ZMunicipality);
export const municipalUnitsQuery = referenceQuery("municipal-units", "/api/municipal-units", ZMunicipalUnit);
export const fieldsOfActionQuery = referenceQuery("fields-of-action", "/api/fields-of-action", ZFieldOfAction);
export const courseTypesQuery = referenceQuery("course-types", "/api/course-types", ZCourseType);
export const residenceCategoriesQuery = referenceQuery(
  "residence-categories",
  "/api/residence-categories",
  ZResidenceCategory,
);
export const languagesQuery = referenceQuery("languages", "/api/languages", ZLanguage);
