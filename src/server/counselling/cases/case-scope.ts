import { and, eq, or, type SQL, sql } from "drizzle-orm";
import { persons } from "../../arrival/arrival-tables.js";
import { buildMunicipalAreaCondition, type TPersonScopeContribution } from "../../arrival/persons/person-scope.js";
import type { TGrant } from "../../platform/access/grants.js";
import { deskWorkerRoles } from "./case-policy.js";
import { counsellingCases, counsellingHandovers } from "./case-tables.js";

function isDeskWorker(grant: TGrant): boolean {
  return deskWorkerRoles.some((role) => role === grant.membership.role);
}

/**
 * Which cases the grants put in the actor's care, over `counselling_cases` joined with `persons`:
 * the desk's own cases, and for caseworkers the cases of persons in their area (ACCESS.md rules 1
 * and 2). A desk receiving a handover is not among them: it sees the person and the note only.
 */
export function buildCaseCareCondition(grants: readonly TGrant[]): SQL {
  const conditions: SQL[] = [];
  for (const grant of grants) {
    if (grant.scope === "everything") return sql`true`;
    conditions.push(eq(counsellingCases.deskOrganisationId, grant.membership.organisationId));
    const area = buildMunicipalAreaCondition(grant, persons.municipalityAgs);
    if (area) conditions.push(area);
  }
  return or(...conditions) ?? sql`false`;
}

/**
 * ACCESS.md rule 3 for desks: the desk holding a person's case that is not closed sees the person,
 * also after a move or at a provider, until the case is handed over — so no case falls between two desks.
 */
export const caseDeskScope: TPersonScopeContribution = {
  name: "counselling_case_desk",
  buildCondition(grant) {
    if (!isDeskWorker(grant)) return undefined;
    return sql`exists (select 1 from ${counsellingCases} where ${and(
      eq(counsellingCases.personId, persons.id),
      eq(counsellingCases.deskOrganisationId, grant.membership.organisationId),
      sql`${counsellingCases.status} <> 'closed'`,
    )})`;
  },
};

/** ACCESS.md rule 5: while a handover waits, the receiving desk reads the person's core data (never corrects it). */
export const pendingHandoverScope: TPersonScopeContribution = {
  name: "counselling_handover_pending",
  buildCondition(grant, _actor, action) {
    if (!isDeskWorker(grant) || (action !== "read" && action !== "list")) return undefined;
    return sql`exists (select 1 from ${counsellingHandovers} where ${and(
      eq(counsellingHandovers.personId, persons.id),
      eq(counsellingHandovers.toOrganisationId, grant.membership.organisationId),
      eq(counsellingHandovers.state, "pending"),
    )})`;
  },
};
