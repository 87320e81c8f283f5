import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import { ZPersonMatches, ZPersonMatchesQuery } from "../../../common/offers/match-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { personAccessOf } from "../../arrival/persons/person-access-of-request.js";
import { createCounsellingScope } from "../../counselling/counselling-scope.js";
import { requireActor, requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { offerMatchPolicy } from "./offer-match-policy.js";
import { findPersonMatches } from "./person-matches.js";

/** Offers matched to a person's needs, with a reason per criterion. */
export const matchRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/persons/:id/matches",
    {
      config: { access: requires(offerMatchPolicy, "read") },
      schema: {
        tags: ["offers"],
        summary:
          "Offers for each open need, ranked with a reason per criterion (excluded ones on demand); needs without a suitable offer within reach are recorded as unmet",
        params: ZPersonId,
        querystring: ZPersonMatchesQuery,
        response: { 200: ZPersonMatches, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) =>
      findPersonMatches(
        db,
        createCounsellingScope(offerMatchPolicy, {
          person: personAccessOf(request, db),
          actor: requireActor(request),
          contributions: request.server.personScopeContributions,
        }),
        request.params.id,
        request.query,
      ),
  );
};
