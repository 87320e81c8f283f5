import { randomUUID } from "node:crypto";
import type { TRole } from "../../common/platform/organisations.js";
import { memberships, users } from "../platform/auth/auth-tables.js";
import { hashPassword } from "../platform/auth/password.js";
import type { TDb } from "../platform/db/database.js";
import { organisations } from "../platform/organisations/organisation-tables.js";

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

/** A fresh district organisation per call, so tests never share records. */
export async function buildOrganisation(db: TDb, name = `Testkreis ${randomUUID().slice(0, 8)}`) {
  const [organisation] = await db
    .insert(organisations)
    .values({ kind: "district", name, districtAgs: "03459" })
    .returning();
  if (!organisation) throw new Error("organisation not created");
  return organisation;
}

export async function buildUser(db: TDb, options: { role?: TRole; isActive?: boolean } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const organisation = await buildOrganisation(db);
  const [user] = await db
    .insert(users)
    .values({
      email: `user-${randomUUID()}@test.kommmit.invalid`,
      displayName: "Test User",
      passwordHash: await passwordHash,
      isActive: options.isActive ?? true,
    })
    .returning();
  if (!user) throw new Error("user not created");
  await db
    .insert(memberships)
    .values({ userId: user.id, organisationId: organisation.id, role: options.role ?? "caseworker" });
  return { user, organisation };
}
