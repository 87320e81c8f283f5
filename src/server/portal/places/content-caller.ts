import { inArray } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { TPolicy } from "../../platform/access/policy.js";
import { requireActor } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { findContentOwners } from "./content-reach.js";

/** Who edits portal content: the owners each action reaches, and the organisations behind them. */
export type TContentCaller<TAction extends string> = {
  userId: string | null;
  organisationIds: string[];
  owners(action: TAction): (string | null)[];
};

export function contentCallerOf<TAction extends string>(
  request: FastifyRequest,
  policy: TPolicy<TAction>,
): TContentCaller<TAction> {
  const actor = requireActor(request);
  return {
    userId: actor.kind === "user" ? actor.userId : null,
    organisationIds: actor.memberships.map((membership) => membership.organisationId),
    owners: (action) => findContentOwners(actor, policy, action),
  };
}

/** Content is created for an owner the caller edits, else the owner field is refused. */
export function requireOwnerInReach<TAction extends string>(
  caller: TContentCaller<TAction>,
  action: TAction,
  owner: string | null,
) {
  if (!caller.owners(action).includes(owner)) {
    throw new FieldRuleViolation([{ pointer: "/body/ownerUnitKey", code: "place_municipality_outside" }]);
  }
}

/** The district of the caller's organisations (one installation serves one district). */
export async function ownerDistrictAgs(db: TDb, caller: { organisationIds: string[] }): Promise<string> {
  const [row] = await db
    .select({ districtAgs: organisations.districtAgs })
    .from(organisations)
    .where(inArray(organisations.id, caller.organisationIds))
    .limit(1);
  if (!row) throw new HttpProblem(403, "forbidden");
  return row.districtAgs;
}
