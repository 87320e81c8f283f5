import type { FastifyRequest } from "fastify";
import { requireActor } from "../../platform/access/route-access.js";
import { auditContextOfRequest } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import { createPersonAccess, type TPersonAccess } from "./person-access.js";
import type { TPersonMergePart } from "./person-merge-parts.js";
import type { TPersonScopeContribution } from "./person-scope.js";

declare module "fastify" {
  interface FastifyInstance {
    /** What modules add to the person scope (TModule.personScopes), collected by buildApp. */
    personScopeContributions: readonly TPersonScopeContribution[];
    /** What modules' person-owned tables move on a merge (TModule.personMergeParts), collected by buildApp. */
    personMergeParts: readonly TPersonMergePart[];
  }
}

/** The person data access layer for this request's actor. Handlers touch persons only through it. */
export function personAccessOf(request: FastifyRequest, db: TDb): TPersonAccess {
  return createPersonAccess({
    db,
    actor: requireActor(request),
    audit: auditContextOfRequest(request),
    contributions: request.server.personScopeContributions,
  });
}
