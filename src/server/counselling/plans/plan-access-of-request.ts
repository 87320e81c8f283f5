import type { FastifyRequest } from "fastify";
import { personAccessOf } from "../../arrival/persons/person-access-of-request.js";
import { requireActor } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { createPlanAccess, type TPlanAccess } from "./plan-access.js";

/** The plan access for this request's actor, built on its person data access layer. */
export function planAccessOf(request: FastifyRequest, db: TDb): TPlanAccess {
  return createPlanAccess({
    person: personAccessOf(request, db),
    actor: requireActor(request),
    contributions: request.server.personScopeContributions,
  });
}
