import { and, eq, isNull, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { TGrant } from "../../platform/access/grants.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { personAssignments, persons } from "../arrival-tables.js";
import type { TPersonAction } from "./person-policy.js";

/**
 * A further way a grant can reach persons, contributed by another module — the referral module adds
 * "an active referral to the grant's provider with valid consent", volunteering adds matched
 * newcomers. Returns an SQL condition over `persons`, or undefined when it gives this grant nothing
 * (for this action: a handover in progress lets the receiving desk read, not correct). The action is
 * the person action when the grants are the person policy's; another policy's grants (an integration
 * plan's) come without one, and a contribution limited to some person actions gives them nothing.
 */
export type TPersonScopeContribution = {
  name: string;
  buildCondition(grant: TGrant, actor: TAuthenticatedActor, action: TPersonAction | undefined): SQL | undefined;
};

/**
 * ACCESS.md rules 1 and 2: a caseworker's area is their municipal unit's municipalities, or the
 * district — as a condition on any municipality column (persons, self-registrations, …).
 */
export function buildMunicipalAreaCondition(grant: TGrant, municipalityAgs: SQLWrapper): SQL | undefined {
  const { membership } = grant;
  if (membership.role !== "caseworker") return undefined;
  if (membership.organisationKind === "district") return sql`true`;
  if (membership.organisationKind === "municipal_unit" && membership.municipalUnitKey) {
    return sql`${municipalityAgs} in (select ${municipalities.ags} from ${municipalities} where ${municipalities.municipalUnitKey} = ${membership.municipalUnitKey})`;
  }
  return undefined;
}

/** ACCESS.md rule 3: a case assigned to the user stays visible to them after a move, until handed over. */
function buildAssignmentCondition(actor: TAuthenticatedActor): SQL | undefined {
  if (actor.kind !== "user") return undefined;
  return sql`exists (select 1 from ${personAssignments} where ${and(
    eq(personAssignments.personId, persons.id),
    eq(personAssignments.userId, actor.userId),
    isNull(personAssignments.endedAt),
  )})`;
}

/**
 * The SQL condition on `persons` under which the grants reach a row. No grant, or grants that
 * reach nothing, give `false`: default deny.
 */
export function buildPersonScopeCondition(
  actor: TAuthenticatedActor,
  grants: readonly TGrant[],
  contributions: readonly TPersonScopeContribution[],
  action?: TPersonAction,
): SQL {
  const conditions: SQL[] = [];
  let hasAssignmentRule = false;
  for (const grant of grants) {
    if (grant.scope === "everything") return sql`true`;
    if (grant.scope !== "person_area") continue;
    const area = buildMunicipalAreaCondition(grant, persons.municipalityAgs);
    if (area) conditions.push(area);
    hasAssignmentRule = true;
    for (const contribution of contributions) {
      const condition = contribution.buildCondition(grant, actor, action);
      if (condition) conditions.push(condition);
    }
  }
  const assignment = hasAssignmentRule ? buildAssignmentCondition(actor) : undefined;
  if (assignment) conditions.push(assignment);
  return conditions.length === 0 ? sql`false` : (or(...conditions) ?? sql`false`);
}
