import { eq } from "drizzle-orm";
import type { TInvitationAcceptance, TInvitationPreview } from "../../../common/platform/user-schemas.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { memberships, users } from "../auth/auth-tables.js";
import { hashPassword } from "../auth/password.js";
import { assertPasswordAcceptable } from "../auth/password-policy.js";
import { consumeSingleUseToken, findTokenUser } from "../auth/single-use-tokens.js";
import type { TDb, TDbExecutor } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import type { TApiLanguage } from "../http/request-language.js";
import { organisations } from "../organisations/organisation-tables.js";

async function findInvitedUser(db: TDbExecutor, token: string) {
  const userId = await findTokenUser(db, "invitation", token);
  const [user] = userId
    ? await db
        .select({ id: users.id, email: users.email, displayName: users.displayName })
        .from(users)
        .where(eq(users.id, userId))
    : [];
  if (!user) throw new HttpProblem(404, "tokenInvalid");
  return user;
}

/** What the invitation form shows before the invitee chooses a password; 404 for a spent or expired link. */
export async function previewInvitation(db: TDb, token: string): Promise<TInvitationPreview> {
  const user = await findInvitedUser(db, token);
  const rows = await db
    .selectDistinct({ name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, user.id))
    .orderBy(organisations.name);
  return { email: user.email, displayName: user.displayName, organisationNames: rows.map((row) => row.name) };
}

/**
 * Accepts an invitation: the invitee chooses a password (checked by the password policy before the
 * link is spent), may correct their name, and can log in from now on. The link is used up in the
 * same transaction.
 */
export async function acceptInvitation(
  db: TDb,
  token: string,
  input: TInvitationAcceptance,
  client: { ipAddress: string; language: TApiLanguage },
): Promise<void> {
  const user = await findInvitedUser(db, token);
  const displayName = input.displayName ?? user.displayName;
  assertPasswordAcceptable(input.password, { email: user.email, displayName }, client.language);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const userId = await consumeSingleUseToken(tx, "invitation", token);
    await tx
      .update(users)
      .set({ passwordHash, displayName, isActive: true, invitedAt: null })
      .where(eq(users.id, userId));
    await recordAuditEvent(
      tx,
      { actorUserId: userId, actorTokenId: null, organisationIds: [], ipAddress: client.ipAddress },
      { action: "invitation.accept", subjectType: "user", subjectId: userId },
    );
  });
}
