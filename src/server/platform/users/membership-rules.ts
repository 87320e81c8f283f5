import { eq } from "drizzle-orm";
import type { TOrganisationKind, TRole } from "../../../common/platform/organisations.js";
import { rolesByOrganisationKind } from "../../../common/platform/user-schemas.js";
import { findOrganisationReach } from "../access/grants.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import type { TDbExecutor } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import { organisations } from "../organisations/organisation-tables.js";
import { userPolicy } from "./user-policy.js";
import { canManageMembership } from "./user-reach.js";

type TMembershipTarget = { organisationId: string; role: TRole };

/**
 * Checks that the actor may hand out (or take back) this role in this organisation: the
 * organisation is in their reach (403), provider admins use provider roles only (403
 * roleNotAllowed), and the role fits the kind of organisation (422). Returns the organisation.
 */
export async function assertMembershipManageable(
  db: TDbExecutor,
  actor: TAuthenticatedActor,
  { organisationId, role }: TMembershipTarget,
  action: "manage_memberships" | "invite" = "manage_memberships",
): Promise<{ id: string; name: string; kind: TOrganisationKind }> {
  const [organisation] = await db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const reach = findOrganisationReach(actor, userPolicy, action);
  const isInReach = reach === "everything" || reach.includes(organisationId);
  if (!organisation || !isInReach) throw new HttpProblem(403, "forbidden");
  if (!canManageMembership(actor, organisationId, role)) throw new HttpProblem(403, "roleNotAllowed");
  if (!rolesByOrganisationKind[organisation.kind].includes(role)) {
    throw new HttpProblem(422, "roleNotForOrganisationKind");
  }
  return organisation;
}
