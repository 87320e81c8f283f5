import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { TDesk } from "../../../common/counselling/case-schemas.js";
import { memberships, users } from "../../platform/auth/auth-tables.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { deskWorkerRoles } from "./case-policy.js";

/** A user who works cases at the organisation: active, with a desk worker role there. */
function buildDeskWorkerCondition(organisationId: string) {
  return and(
    eq(memberships.organisationId, organisationId),
    inArray(memberships.role, [...deskWorkerRoles]),
    eq(users.isActive, true),
  );
}

export async function isDeskWorker(executor: TDbExecutor, organisationId: string, userId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.id, userId), buildDeskWorkerCondition(organisationId)))
    .limit(1);
  return row !== undefined;
}

/** Every organisation that can hold a case, with the users working cases there (handover and assignment choices). */
export async function listDesks(db: TDb): Promise<TDesk[]> {
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      workers: sql<{ id: string; displayName: string }[]>`coalesce((
        select json_agg(json_build_object('id', u.id, 'displayName', u.display_name) order by u.display_name, u.id)
        from (select distinct ${users.id} as id, ${users.displayName} as display_name
          from ${users} inner join ${memberships} on ${memberships.userId} = ${users.id}
          where ${memberships.organisationId} = ${organisations.id}
            and ${inArray(memberships.role, [...deskWorkerRoles])} and ${users.isActive}) as u
      ), '[]'::json)`,
    })
    .from(organisations)
    .orderBy(asc(organisations.kind), asc(organisations.name));
  return rows;
}
