import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ZCourseType,
  ZFieldOfAction,
  ZLanguage,
  ZMunicipality,
  ZMunicipalityQuery,
  ZMunicipalUnit,
  ZResidenceCategory,
} from "../../../common/platform/reference-schemas.js";
import { publicAccess } from "../access/route-access.js";
import type { TDb } from "../db/database.js";
import {
  listCourseTypes,
  listFieldsOfAction,
  listLanguages,
  listMunicipalities,
  listMunicipalUnits,
  listResidenceCategories,
} from "./reference-service.js";

const tags = ["reference data"];

/** Public reference data: the district's geography and the concept's vocabularies. No person data here. */
export const referenceRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/municipalities",
    {
      config: { access: publicAccess },
      schema: {
        tags,
        summary: "The district's municipalities",
        querystring: ZMunicipalityQuery,
        response: { 200: z.array(ZMunicipality) },
      },
    },
    (request) => listMunicipalities(db, request.query),
  );
  app.get(
    "/api/municipal-units",
    {
      config: { access: publicAccess },
      schema: {
        tags,
        summary: "The municipal administrations with the municipalities each covers",
        response: { 200: z.array(ZMunicipalUnit) },
      },
    },
    () => listMunicipalUnits(db),
  );
  app.get(
    "/api/fields-of-action",
    {
      config: { access: publicAccess },
      schema: { tags, summary: "The nine fields of action", response: { 200: z.array(ZFieldOfAction) } },
    },
    () => listFieldsOfAction(db),
  );
  app.get(
    "/api/course-types",
    {
      config: { access: publicAccess },
      schema: { tags, summary: "BAMF course types", response: { 200: z.array(ZCourseType) } },
    },
    () => listCourseTypes(db),
  );
  app.get(
    "/api/residence-categories",
    {
      config: { access: publicAccess },
      schema: { tags, summary: "Residence status categories", response: { 200: z.array(ZResidenceCategory) } },
    },
    () => listResidenceCategories(db),
  );
  app.get(
    "/api/languages",
    {
      config: { access: publicAccess },
      schema: { tags, summary: "Portal languages", response: { 200: z.array(ZLanguage) } },
    },
    () => listLanguages(db),
  );
};
