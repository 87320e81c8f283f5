import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZCaseload, ZCaseloadQuery } from "../../../common/counselling/caseload-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { personAccessOf } from "../../arrival/persons/person-access-of-request.js";
import { requireActor, requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { casePolicy } from "../cases/case-policy.js";
import { listCaseload } from "./caseload.js";

/** The caseload views of the Beraten start page. */
export const caseloadRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/counselling/caseload",
    {
      config: { access: requires(casePolicy, "read") },
      schema: {
        tags: ["cases"],
        summary:
          "My cases, all cases in my care, or who waits for a first interview; by case status and field of action",
        querystring: ZCaseloadQuery,
        response: { 200: ZCaseload, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    (request) => listCaseload(db, personAccessOf(request, db), requireActor(request), request.query),
  );
};
