import { and, asc, eq, inArray } from "drizzle-orm";
import type { TPlanResponsibleOptions } from "../../../common/counselling/plan-schemas.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import { memberships, users } from "../../platform/auth/auth-tables.js";
import type { TDb } from "../../platform/db/database.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";

/**
 * Whom a measure can be given to: every provider organisation, and the active caseworkers of the
 * actor's own organisations (colleagues at the same desk, not the whole district's staff).
 */
export async function listResponsibleOptions(db: TDb, actor: TAuthenticatedActor): Promise<TPlanResponsibleOptions> {
  const providers = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.kind, "provider"))
    .orderBy(asc(organisations.name));
  const ownOrganisations = [...new Set(actor.memberships.map((membership) => membership.organisationId))];
  const caseworkers =
    ownOrganisations.length === 0
      ? []
      : await db
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
  return { providers, caseworkers };
}
