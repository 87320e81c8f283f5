import { asc } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZConceptOrganisationOptions } from "../../../common/steering/concept-organisation-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { conceptCallerOf } from "./concept-caller.js";
import { conceptProblems, conceptTags } from "./concept-period-routes.js";
import { conceptPolicy } from "./concept-policy.js";

/**
 * The organisations of the coordinator's district, to choose as responsible or partner in the
 * concept's forms (the administration's organisation list is for administrators only).
 */
export const conceptOrganisationRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/steering/organisations",
    {
      config: { access: requires(conceptPolicy, "read") },
      schema: {
        tags: conceptTags,
        summary: "The district's organisations a sub-goal or measure can name, by name",
        response: { 200: ZConceptOrganisationOptions, ...conceptProblems },
      },
    },
    async (request) => {
      const caller = conceptCallerOf(request);
      const items = await db
        .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
        .from(organisations)
        .where(caller.reach("read", organisations.districtAgs))
        .orderBy(asc(organisations.name), asc(organisations.id));
      return { items };
    },
  );
};
