import { type SQL, sql } from "drizzle-orm";
import type { TOrganisation } from "../../../common/platform/organisation-schemas.js";
import { listAllowedActions } from "../access/grants.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import { memberships } from "../auth/auth-tables.js";
import type { TDbExecutor } from "../db/database.js";
import { municipalUnits } from "../reference/reference-tables.js";
import { organisationPolicy } from "./organisation-policy.js";
import { organisations } from "./organisation-tables.js";

/** The columns of an organisation as the API shows it (member count and administration name included). */
export const organisationColumns = {
  id: organisations.id,
  kind: organisations.kind,
  name: organisations.name,
  municipalUnitKey: organisations.municipalUnitKey,
  municipalUnitName: municipalUnits.name,
  providerType: organisations.providerType,
  createdAt: organisations.createdAt,
  memberCount: sql<number>`(select count(distinct ${memberships.userId}) from ${memberships}
    where ${memberships.organisationId} = ${organisations.id})`.mapWith(Number),
};

type TOrganisationRow = {
  id: string;
  kind: TOrganisation["kind"];
  name: string;
  municipalUnitKey: string | null;
  municipalUnitName: string | null;
  providerType: TOrganisation["providerType"];
  createdAt: Date;
  memberCount: number;
};

export function toOrganisation(actor: TAuthenticatedActor, row: TOrganisationRow): TOrganisation {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    allowedActions: listAllowedActions(actor, organisationPolicy, { organisationIds: [row.id] }),
  };
}

/** Selects organisations with the API's columns; the caller adds conditions, order and paging. */
export function selectOrganisations(db: TDbExecutor, where: SQL | undefined) {
  return db
    .select(organisationColumns)
    .from(organisations)
    .leftJoin(municipalUnits, sql`${municipalUnits.key} = ${organisations.municipalUnitKey}`)
    .where(where)
    .$dynamic();
}
