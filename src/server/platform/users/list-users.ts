import { and, asc, count, desc, eq, exists, ilike, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { TUserPage, ZUserQuery } from "../../../common/platform/user-schemas.js";
import { findGrants, findOrganisationReach } from "../access/grants.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import { memberships, users } from "../auth/auth-tables.js";
import type { TDb } from "../db/database.js";
import { toContainsPattern } from "../organisations/list-organisations.js";
import { userPolicy } from "./user-policy.js";
import { toUserSummaries, userColumns } from "./user-rows.js";

type TQuery = z.output<typeof ZUserQuery>;

function hasMembership(conditions: (SQL | undefined)[]): SQL {
  return exists(
    sql`(select 1 from ${memberships} where ${memberships.userId} = ${users.id} and ${and(...conditions) ?? sql`true`})`,
  );
}

const statusConditions = {
  active: eq(users.isActive, true),
  invited: and(eq(users.isActive, false), isNotNull(users.invitedAt)),
  deactivated: and(eq(users.isActive, false), isNull(users.invitedAt)),
};

/**
 * The users the actor may list: everyone for administrators, the members of their own provider for
 * provider administrators. Search by name or e-mail, filter by organisation, role and status.
 */
export async function listUsers(db: TDb, actor: TAuthenticatedActor, query: TQuery): Promise<TUserPage> {
  const reach = findOrganisationReach(actor, userPolicy, "list");
  const pattern = query.q ? toContainsPattern(query.q) : undefined;
  const where = and(
    reach === "everything"
      ? undefined
      : reach.length > 0
        ? hasMembership([inArray(memberships.organisationId, reach)])
        : sql`false`,
    pattern ? or(ilike(users.displayName, pattern), ilike(users.email, pattern)) : undefined,
    query.organisationId || query.role
      ? hasMembership([
          query.organisationId ? eq(memberships.organisationId, query.organisationId) : undefined,
          query.role ? eq(memberships.role, query.role) : undefined,
        ])
      : undefined,
    query.status ? statusConditions[query.status] : undefined,
  );
  const sortColumn = { displayName: users.displayName, email: users.email, createdAt: users.createdAt }[query.sort];
  const [rows, [total]] = await Promise.all([
    db
      .select(userColumns)
      .from(users)
      .where(where)
      .orderBy(query.direction === "asc" ? asc(sortColumn) : desc(sortColumn), asc(users.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(users).where(where),
  ]);
  return {
    items: await toUserSummaries(db, actor, rows),
    total: total?.value ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    canInvite: findGrants(actor, userPolicy, "invite").length > 0,
  };
}
