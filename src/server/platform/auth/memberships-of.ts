import { type SQL, sql } from "drizzle-orm";
import { organisations } from "../organisations/organisation-tables.js";
import { memberships } from "./auth-tables.js";

/** A subquery yielding the user's memberships as a JSON array of TActorMembership (never null). */
export function membershipsOf(userId: SQL): SQL {
  return sql`coalesce((
    select json_agg(json_build_object(
      'organisationId', ${organisations.id}, 'organisationKind', ${organisations.kind}, 'role', ${memberships.role},
      'municipalUnitKey', ${organisations.municipalUnitKey}, 'providerType', ${organisations.providerType}
    ) order by ${organisations.id}, ${memberships.role})
    from ${memberships} join ${organisations} on ${organisations.id} = ${memberships.organisationId}
    where ${memberships.userId} = ${userId}
  ), '[]'::json)`;
}
