import { desc, eq, inArray, type SQL } from "drizzle-orm";
import type { TApiToken } from "../../../../common/platform/api-token-schemas.js";
import { findOrganisationReach, listAllowedActions } from "../../access/grants.js";
import type { TDbExecutor } from "../../db/database.js";
import { organisations } from "../../organisations/organisation-tables.js";
import type { TAuthenticatedActor } from "../actor-types.js";
import { users } from "../auth-tables.js";
import { apiTokenPolicy } from "./api-token-policy.js";
import { apiTokens } from "./api-token-tables.js";

const columns = {
  id: apiTokens.id,
  name: apiTokens.name,
  organisationId: apiTokens.organisationId,
  organisationName: organisations.name,
  role: apiTokens.role,
  scopes: apiTokens.scopes,
  createdAt: apiTokens.createdAt,
  createdByName: users.displayName,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

function selectTokens(db: TDbExecutor, where: SQL | undefined) {
  return db
    .select(columns)
    .from(apiTokens)
    .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(where)
    .orderBy(desc(apiTokens.createdAt));
}

type TRow = Awaited<ReturnType<typeof selectTokens>>[number];

function toApiToken(actor: TAuthenticatedActor, row: TRow): TApiToken {
  const mayRevoke =
    row.revokedAt === null &&
    listAllowedActions(actor, apiTokenPolicy, { organisationIds: [row.organisationId] }).includes("revoke");
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    allowedActions: mayRevoke ? ["revoke"] : [],
  };
}

/** The tokens of the organisations the actor may list them for (never the secret or its hash). */
export async function listApiTokens(db: TDbExecutor, actor: TAuthenticatedActor): Promise<TApiToken[]> {
  const reach = findOrganisationReach(actor, apiTokenPolicy, "list");
  if (reach !== "everything" && reach.length === 0) return [];
  const rows = await selectTokens(db, reach === "everything" ? undefined : inArray(apiTokens.organisationId, reach));
  return rows.map((row) => toApiToken(actor, row));
}

export async function findApiToken(
  db: TDbExecutor,
  actor: TAuthenticatedActor,
  tokenId: string,
): Promise<TApiToken | undefined> {
  const [row] = await selectTokens(db, eq(apiTokens.id, tokenId));
  return row ? toApiToken(actor, row) : undefined;
}
