import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TRole } from "../../src/common/platform/organisations.js";
import { memberships, users } from "../../src/server/platform/auth/auth-tables.js";
import { hashPassword } from "../../src/server/platform/auth/password.js";
import {
  generateRecoveryCodes,
  insertRecoveryCodes,
} from "../../src/server/platform/auth/second-factor/recovery-codes.js";
import { createTotpSecret } from "../../src/server/platform/auth/second-factor/totp.js";
import { enrolKnownTotpSecret } from "../../src/server/platform/auth/second-factor/totp-credentials.js";
import type { TDb } from "../../src/server/platform/db/database.js";
import { organisations } from "../../src/server/platform/organisations/organisation-tables.js";

export type TE2eUser = {
  email: string;
  password: string;
  displayName: string;
  organisationName: string;
  /** The administrator needs a second factor: this is their authenticator's secret. */
  totpSecret: string;
  /**
   * Many single-use recovery codes, so parallel test files can each finish a login without waiting
   * for a fresh TOTP step (a TOTP code is accepted once per user, RFC 6238 §5.2). Claim one with
   * claimRecoveryCode (second-factor.ts), never use one directly.
   */
  recoveryCodes: string[];
  /** Where test processes record which recovery codes they took. */
  claimDirectory: string;
};

type TStaffUserSpec = Pick<TE2eUser, "email" | "displayName" | "organisationName"> & { role: TRole };

/**
 * A user in a district organisation of their own, enrolled with an authenticator and a stock of
 * recovery codes, written straight to the database.
 */
export async function createE2eStaffUser(db: TDb, spec: TStaffUserSpec): Promise<TE2eUser> {
  const user: TE2eUser = {
    email: spec.email,
    password: randomBytes(18).toString("base64url"),
    displayName: spec.displayName,
    organisationName: spec.organisationName,
    totpSecret: createTotpSecret(),
    recoveryCodes: generateRecoveryCodes(400),
    claimDirectory: await fs.mkdtemp(path.join(os.tmpdir(), "kommmit-e2e-codes-")),
  };
  const [organisation] = await db
    .insert(organisations)
    .values({ kind: "district", name: user.organisationName, districtAgs: "03459" })
    .returning({ id: organisations.id });
  const [created] = await db
    .insert(users)
    .values({ email: user.email, displayName: user.displayName, passwordHash: await hashPassword(user.password) })
    .returning({ id: users.id });
  if (!organisation || !created) throw new Error(`could not create the e2e user ${spec.email}`);
  await db.insert(memberships).values({ userId: created.id, organisationId: organisation.id, role: spec.role });
  await enrolKnownTotpSecret(db, [created.id], user.totpSecret);
  await insertRecoveryCodes(db, created.id, user.recoveryCodes);
  return user;
}

/** The district and one administrator in it. */
export function createE2eUser(db: TDb): Promise<TE2eUser> {
  return createE2eStaffUser(db, {
    email: "e2e.administration@landkreis-osnabrueck.test",
    displayName: "Erika Mustermann",
    organisationName: "Landkreis Osnabrück",
    role: "administrator",
  });
}

export type TE2eEnrolmentUser = { email: string; password: string; displayName: string };

/** A caseworker without an authenticator yet: second-factor.e2e.test.ts enrols them through the UI. */
export async function createE2eEnrolmentUser(db: TDb): Promise<TE2eEnrolmentUser> {
  const user = {
    email: "e2e.caseworker@landkreis-osnabrueck.test",
    password: randomBytes(18).toString("base64url"),
    displayName: "Max Mustermann",
  };
  const [organisation] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  const [created] = await db
    .insert(users)
    .values({ email: user.email, displayName: user.displayName, passwordHash: await hashPassword(user.password) })
    .returning({ id: users.id });
  if (!organisation || !created) throw new Error("could not create the e2e enrolment user");
  await db.insert(memberships).values({ userId: created.id, organisationId: organisation.id, role: "caseworker" });
  return user;
}
