import { randomUUID } from "node:crypto";
import type { TProviderType, TRole } from "../../common/platform/organisations.js";
import { memberships, users } from "../platform/auth/auth-tables.js";
import { hashPassword } from "../platform/auth/password.js";
import type { TDb } from "../platform/db/database.js";
import { buildOrganisation, TEST_PASSWORD } from "./factories.js";

let passwordHash: Promise<string> | undefined;

/** A fresh provider (Träger) per call. */
export function buildProvider(db: TDb, providerType: TProviderType = "welfare_association") {
  return buildOrganisation(db, { kind: "provider", providerType, name: `Träger ${randomUUID().slice(0, 8)}` });
}

type TMemberOptions = { organisationId: string; role: TRole; isActive?: boolean; displayName?: string };

/** A user with one membership in an existing organisation, with TEST_PASSWORD. */
export async function buildMember(db: TDb, options: TMemberOptions) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      email: `member-${randomUUID()}@test.kommmit.invalid`,
      displayName: options.displayName ?? "Test Member",
      passwordHash: await passwordHash,
      isActive: options.isActive ?? true,
    })
    .returning();
  if (!user) throw new Error("user not created");
  await db.insert(memberships).values({ userId: user.id, organisationId: options.organisationId, role: options.role });
  return user;
}
