import { and, asc, count, desc, eq, ilike, inArray, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { TOrganisationPage, ZOrganisationQuery } from "../../../common/platform/organisation-schemas.js";
import { findGrants, findOrganisationReach } from "../access/grants.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import type { TDb } from "../db/database.js";
import { organisationPolicy } from "./organisation-policy.js";
import { selectOrganisations, toOrganisation } from "./organisation-rows.js";
import { organisations } from "./organisation-tables.js";

type TQuery = z.output<typeof ZOrganisationQuery>;

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
export function toContainsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The organisations the actor may list (all, or their own), searched, sorted and one page of them. */
export async function listOrganisations(
  db: TDb,
  actor: TAuthenticatedActor,
  query: TQuery,
): Promise<TOrganisationPage> {
  const reach = findOrganisationReach(actor, organisationPolicy, "list");
  const conditions: (SQL | undefined)[] = [
    reach === "everything" ? undefined : reach.length > 0 ? inArray(organisations.id, reach) : sql`false`,
    query.q ? ilike(organisations.name, toContainsPattern(query.q)) : undefined,
    query.kind ? eq(organisations.kind, query.kind) : undefined,
  ];
  const where = and(...conditions);
  const sortColumn = { name: organisations.name, kind: organisations.kind, createdAt: organisations.createdAt }[
    query.sort
  ];
  const order = query.direction === "asc" ? asc(sortColumn) : desc(sortColumn);
  const [rows, [total]] = await Promise.all([
    selectOrganisations(db, where)
      .orderBy(order, asc(organisations.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(organisations).where(where),
  ]);
  return {
    items: rows.map((row) => toOrganisation(actor, row)),
    total: total?.value ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    canCreate: findGrants(actor, organisationPolicy, "create").length > 0,
  };
}
