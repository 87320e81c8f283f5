import { randomUUID } from "node:crypto";
import type { TProviderType, TRole } from "../../common/platform/organisations.js";
import { memberships, users } from "../platform/auth/auth-tables.js";
import { hashPassword } from "../platform/auth/password.js";
import { SESSION_COOKIE } from "../platform/auth/session-cookie.js";
import { createSession } from "../platform/auth/session-service.js";
import type { TDb } from "../platform/db/database.js";
import { organisations } from "../platform/organisations/organisation-tables.js";
import { TEST_PASSWORD } from "./factories.js";
import type { TTestApp } from "./test-app.js";

let passwordHash: Promise<string> | undefined;

/** A fresh provider (Träger) per call. */
export async function buildProvider(db: TDb, providerType: TProviderType = "welfare_association") {
  const [organisation] = await db
    .insert(organisations)
    .values({ kind: "provider", name: `Träger ${randomUUID().slice(0, 8)}`, districtAgs: "03459", providerType })
    .returning();
  if (!organisation) throw new Error("provider not created");
  return organisation;
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

/** Session cookies for the user, made directly in the database (the login route is tested on its own). */
export async function signInAs(t: TTestApp, userId: string): Promise<Record<string, string>> {
  const token = await createSession(t.database.db, userId, t.config.session, {
    ipAddress: "127.0.0.1",
    userAgent: "vitest",
  });
  return { [SESSION_COOKIE]: token };
}
