import { inArray } from "drizzle-orm";
import type { TApiTokenOptions } from "../../../../common/platform/api-token-schemas.js";
import type { TGrant } from "../../access/grants.js";
import { listGrantableScopes } from "../../access/policies.js";
import type { TDbExecutor } from "../../db/database.js";
import { organisations } from "../../organisations/organisation-tables.js";
import { listIssuableRoles } from "./api-token-access.js";

/** The create dialog's choices: the organisations of the actor's own memberships that may have tokens, and the scopes. */
export async function findApiTokenOptions(db: TDbExecutor, grants: readonly TGrant[]): Promise<TApiTokenOptions> {
  const ids = [...new Set(grants.map((grant) => grant.membership.organisationId))];
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
          .from(organisations)
          .where(inArray(organisations.id, ids))
          .orderBy(organisations.name);
  return {
    organisations: rows
      .map((row) => ({ ...row, roles: listIssuableRoles(grants, row.id) }))
      .filter((row) => row.roles.length > 0),
    scopes: listGrantableScopes(),
  };
}
