import { and, eq, sql } from "drizzle-orm";
import type { TOidcLoginError } from "../../../../common/platform/sso-schemas.js";
import type { TOidcProviderConfig } from "../../config/oidc-providers-config.js";
import type { TDbExecutor } from "../../db/database.js";
import { users } from "../auth-tables.js";
import { userIdentities } from "./oidc-tables.js";

export type TOidcIdentity = { issuer: string; subject: string };

export type TOidcAccount =
  | { kind: "found"; userId: string; isActive: boolean; linkedBy: "identity" | "verified_email" | "signup" }
  | { kind: "refused"; code: TOidcLoginError; userId?: string };

function readString(claims: Record<string, unknown>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The user behind the identity, if it is already linked; nothing is written. */
export async function findLinkedUser(db: TDbExecutor, identity: TOidcIdentity) {
  const [row] = await db
    .select({ userId: users.id, isActive: users.isActive })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.issuer, identity.issuer), eq(userIdentities.subject, identity.subject)));
  return row;
}

/**
 * Finds the user for a provider identity, links or creates one:
 * 1. an identity already linked (issuer + subject) wins, whatever the e-mail says now;
 * 2. an existing user with the same e-mail is linked only if the provider says the address is
 *    verified (`email_verified: true`): otherwise anyone who can set that address at some provider
 *    could take over the account;
 * 3. otherwise a new user is created, if the provider allows sign-up.
 */
export async function resolveOidcAccount(
  tx: TDbExecutor,
  provider: TOidcProviderConfig,
  identity: TOidcIdentity,
  claims: Record<string, unknown>,
): Promise<TOidcAccount> {
  const displayName = readString(claims, "name");
  const linked = await findLinkedUser(tx, identity);
  if (linked) {
    await tx
      .update(userIdentities)
      .set({ lastLoginAt: sql`now()` })
      .where(and(eq(userIdentities.issuer, identity.issuer), eq(userIdentities.subject, identity.subject)));
    if (displayName) await tx.update(users).set({ displayName }).where(eq(users.id, linked.userId));
    return { kind: "found", userId: linked.userId, isActive: linked.isActive, linkedBy: "identity" };
  }
  const email = readString(claims, "email");
  if (!email) return { kind: "refused", code: "missing_email" };
  const [existing] = await tx
    .select({ id: users.id, isActive: users.isActive })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  const link = (userId: string) => tx.insert(userIdentities).values({ ...identity, userId, providerId: provider.id });
  if (existing) {
    if (claims.email_verified !== true) return { kind: "refused", code: "account_conflict", userId: existing.id };
    await link(existing.id);
    return { kind: "found", userId: existing.id, isActive: existing.isActive, linkedBy: "verified_email" };
  }
  if (!provider.allowSignup) return { kind: "refused", code: "no_account" };
  const [created] = await tx
    .insert(users)
    .values({ email, displayName: displayName ?? email, passwordHash: null })
    .returning({ id: users.id });
  if (!created) throw new Error("user not created");
  await link(created.id);
  return { kind: "found", userId: created.id, isActive: true, linkedBy: "signup" };
}
