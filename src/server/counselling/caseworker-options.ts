import { and, asc, eq, inArray } from "drizzle-orm";
import type { TCaseworkerOptions } from "../../common/counselling/task-schemas.js";
import type { TAuthenticatedActor } from "../platform/auth/actor-types.js";
import { memberships, users } from "../platform/auth/auth-tables.js";
import type { TDb } from "../platform/db/database.js";

/**
 * Whom a task or an appointment can be given to: the active caseworkers of the actor's own
 * organisations (colleagues at the same desk, who share its person area).
 */
export async function listCaseworkerOptions(db: TDb, actor: TAuthenticatedActor): Promise<TCaseworkerOptions> {
  const ownOrganisations = [...new Set(actor.memberships.map((membership) => membership.organisationId))];
  if (ownOrganisations.length === 0) return { caseworkers: [] };
  const caseworkers = await db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        inArray(memberships.organisationId, ownOrganisations),
        eq(memberships.role, "caseworker"),
        eq(users.isActive, true),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
  return { caseworkers };
}
