import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.js";
import { organisations } from "../../organisations/organisation-tables.js";
import type { TActor, TActorMembership } from "../actor-types.js";
import { hashToken } from "../session-service.js";
import { apiTokens } from "./api-token-tables.js";
import { isWellFormedTokenSecret } from "./token-secret.js";

export type TTokenActor = Extract<TActor, { kind: "api_token" }>;

/**
 * The actor a bearer secret stands for, or undefined when it is unknown, revoked or expired. One
 * statement; last_used_at is written at most once a minute, so an integration's bursts only read.
 */
export async function resolveTokenActor(db: TDb, secret: string): Promise<TTokenActor | undefined> {
  if (!isWellFormedTokenSecret(secret)) return undefined;
  const result = await db.execute<{ id: string; scopes: string[]; membership: TActorMembership }>(sql`
    with live as (
      select ${apiTokens.id} as id, ${apiTokens.scopes} as scopes, ${apiTokens.lastUsedAt} as last_used_at,
        json_build_object(
          'organisationId', ${organisations.id}, 'organisationKind', ${organisations.kind},
          'role', ${apiTokens.role}, 'municipalUnitKey', ${organisations.municipalUnitKey},
          'providerType', ${organisations.providerType}
        ) as membership
      from ${apiTokens} join ${organisations} on ${organisations.id} = ${apiTokens.organisationId}
      where ${apiTokens.tokenHash} = ${hashToken(secret)}
        and ${apiTokens.revokedAt} is null and ${apiTokens.expiresAt} > now()
    ), touched as (
      update ${apiTokens} set last_used_at = now()
      from live
      where ${apiTokens.id} = live.id and (live.last_used_at is null or live.last_used_at < now() - interval '1 minute')
    )
    select id, scopes, membership from live`);
  const row = result.rows[0];
  return row ? { kind: "api_token", tokenId: row.id, memberships: [row.membership], scopes: row.scopes } : undefined;
}
