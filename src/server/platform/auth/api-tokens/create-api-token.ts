import { eq } from "drizzle-orm";
import type { TApiTokenCreate, TApiTokenCreated } from "../../../../common/platform/api-token-schemas.js";
import type { TGrant } from "../../access/grants.js";
import { recordAuditEvent, type TAuditContext } from "../../audit/record-audit-event.js";
import type { TDb } from "../../db/database.js";
import { HttpProblem } from "../../http/problems.js";
import { organisations } from "../../organisations/organisation-tables.js";
import type { TAuthenticatedActor } from "../actor-types.js";
import { hashToken } from "../session-service.js";
import { listIssuableRoles } from "./api-token-access.js";
import { apiTokens } from "./api-token-tables.js";
import { findApiToken } from "./list-api-tokens.js";
import { generateTokenSecret } from "./token-secret.js";

/**
 * Issues a token and returns its secret, the only time it is shown. Only people issue tokens; the
 * organisation must be one the actor's grants reach (else 404), and the role one they may hand out
 * there (else 403). Scopes and expiry were checked by the route's schema.
 */
export async function createApiToken(
  db: TDb,
  actor: TAuthenticatedActor,
  grants: readonly TGrant[],
  input: TApiTokenCreate,
  audit: TAuditContext,
): Promise<TApiTokenCreated> {
  if (actor.kind !== "user") throw new HttpProblem(403, "forbidden");
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, input.organisationId));
  const issuable = organisation ? listIssuableRoles(grants, organisation.id) : [];
  if (issuable.length === 0) throw new HttpProblem(404, "notFound");
  if (!issuable.includes(input.role)) throw new HttpProblem(403, "forbidden");
  const secret = generateTokenSecret();
  const id = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiTokens)
      .values({
        organisationId: input.organisationId,
        name: input.name,
        role: input.role,
        scopes: input.scopes,
        tokenHash: hashToken(secret),
        createdBy: actor.userId,
        createdAt: new Date(),
        expiresAt: new Date(input.expiresAt),
      })
      .returning({ id: apiTokens.id });
    if (!created) throw new Error("token not created");
    await recordAuditEvent(
      tx,
      { ...audit, organisationIds: [input.organisationId] },
      {
        action: "api_token.create",
        subjectType: "api_token",
        subjectId: created.id,
        detail: { role: input.role, scopes: input.scopes, expiresAt: input.expiresAt },
      },
    );
    return created.id;
  });
  const token = await findApiToken(db, actor, id);
  if (!token) throw new Error("token not found after creation");
  return { ...token, secret };
}
