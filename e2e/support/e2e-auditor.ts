import { randomBytes } from "node:crypto";
import { memberships, users } from "../../src/server/platform/auth/auth-tables.js";
import { hashPassword } from "../../src/server/platform/auth/password.js";
import type { TDb } from "../../src/server/platform/db/database.js";
import { organisations } from "../../src/server/platform/organisations/organisation-tables.js";
import type { TE2eUser } from "./e2e-user.js";

/** An auditor of the district's data protection office, for the auditor screen (e2e/audit.e2e.test.ts). */
export async function createE2eAuditor(db: TDb): Promise<TE2eUser> {
  const auditor: TE2eUser = {
    email: "e2e.audit@landkreis-osnabrueck.test",
    password: randomBytes(18).toString("base64url"),
    displayName: "Anna Prüfer",
    organisationName: "Landkreis Osnabrück, Datenschutz",
  };
  const [organisation] = await db
    .insert(organisations)
    .values({ kind: "district", name: auditor.organisationName, districtAgs: "03459" })
    .returning({ id: organisations.id });
  const [created] = await db
    .insert(users)
    .values({
      email: auditor.email,
      displayName: auditor.displayName,
      passwordHash: await hashPassword(auditor.password),
    })
    .returning({ id: users.id });
  if (!organisation || !created) throw new Error("could not create the e2e auditor");
  await db.insert(memberships).values({ userId: created.id, organisationId: organisation.id, role: "auditor" });
  return auditor;
}
