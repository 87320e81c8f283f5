import { randomBytes } from "node:crypto";
import { memberships, users } from "../../src/server/platform/auth/auth-tables.js";
import { hashPassword } from "../../src/server/platform/auth/password.js";
import type { TDb } from "../../src/server/platform/db/database.js";
import { organisations } from "../../src/server/platform/organisations/organisation-tables.js";

export type TE2eUser = { email: string; password: string; displayName: string; organisationName: string };

/** The district and one administrator in it, written straight to the database (no user API exists yet). */
export async function createE2eUser(db: TDb): Promise<TE2eUser> {
  const user: TE2eUser = {
    email: "e2e.administration@landkreis-osnabrueck.test",
    password: randomBytes(18).toString("base64url"),
    displayName: "Erika Mustermann",
    organisationName: "Landkreis Osnabrück",
  };
  const [organisation] = await db
    .insert(organisations)
    .values({ kind: "district", name: user.organisationName, districtAgs: "03459" })
    .returning({ id: organisations.id });
  const [created] = await db
    .insert(users)
    .values({ email: user.email, displayName: user.displayName, passwordHash: await hashPassword(user.password) })
    .returning({ id: users.id });
  if (!organisation || !created) throw new Error("could not create the e2e organisation and user");
  await db.insert(memberships).values({ userId: created.id, organisationId: organisation.id, role: "administrator" });
  return user;
}
