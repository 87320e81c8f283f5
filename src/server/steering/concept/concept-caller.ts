import type { AnyColumn, SQL } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { TConceptAction } from "../../../common/steering/concept.js";
import { requireActor } from "../../platform/access/route-access.js";
import { auditContextOfRequest, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { buildDistrictReach, organisationsGranting } from "../district-reach.js";
import { conceptPolicy } from "./concept-policy.js";

/**
 * Who works on the concept: the coordinator's user, the organisations whose grants reach each
 * action, and the audit context. A concept belongs to a district; the caller reaches the concepts
 * of the districts their granting organisations lie in (one installation serves one district).
 */
export type TConceptCaller = {
  userId: string | null;
  audit: TAuditContext;
  allowedActions: TConceptAction[];
  /** The caller's reach for an action as an SQL condition on a district column; none is `false`. */
  reach(action: TConceptAction, districtColumn: AnyColumn): SQL;
};

export function conceptCallerOf(request: FastifyRequest): TConceptCaller {
  const actor = requireActor(request);
  const organisationsFor = (action: TConceptAction) => organisationsGranting(actor, conceptPolicy, action);
  return {
    userId: actor.kind === "user" ? actor.userId : null,
    audit: auditContextOfRequest(request),
    allowedActions: conceptPolicy.actions.filter((action) => organisationsFor(action).length > 0),
    reach: (action, districtColumn) => buildDistrictReach(organisationsFor(action), districtColumn),
  };
}

/** The district a new period belongs to: that of the organisation whose grant allows creating. */
export async function findCreatingDistrict(db: TDbExecutor, caller: TConceptCaller): Promise<string> {
  const [row] = await db
    .select({ districtAgs: organisations.districtAgs })
    .from(organisations)
    .where(caller.reach("create", organisations.districtAgs))
    .limit(1);
  if (!row) throw new HttpProblem(403, "forbidden");
  return row.districtAgs;
}
