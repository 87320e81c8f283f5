import { and, eq, isNull, sql } from "drizzle-orm";
import { grantAdmits, type TGrant } from "../../access/grants.js";
import { recordAuditEvent, type TAuditContext } from "../../audit/record-audit-event.js";
import type { TDb } from "../../db/database.js";
import { HttpProblem } from "../../http/problems.js";
import type { TAuthenticatedActor } from "../actor-types.js";
import { apiTokens } from "./api-token-tables.js";

/**
 * Revokes a token at once (the next request with it is a 401). A token outside the actor's reach
 * is 404; revoking a revoked token changes nothing and is not audited again.
 */
export async function revokeApiToken(
  db: TDb,
  actor: TAuthenticatedActor,
  grants: readonly TGrant[],
  tokenId: string,
  audit: TAuditContext,
): Promise<void> {
  const [token] = await db
    .select({ organisationId: apiTokens.organisationId })
    .from(apiTokens)
    .where(eq(apiTokens.id, tokenId));
  const target = { organisationIds: token ? [token.organisationId] : [] };
  if (!token || !grants.some((grant) => grantAdmits(actor, grant, target))) throw new HttpProblem(404, "notFound");
  await db.transaction(async (tx) => {
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (revoked.length === 0) return;
    await recordAuditEvent(
      tx,
      { ...audit, organisationIds: [token.organisationId] },
      { action: "api_token.revoke", subjectType: "api_token", subjectId: tokenId },
    );
  });
}
