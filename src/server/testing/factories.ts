import { randomUUID } from "node:crypto";
import type { TOrganisationKind, TProviderType, TRole } from "../../common/platform/organisations.js";
import { persons } from "../arrival/arrival-tables.js";
import { personSearchKeys } from "../arrival/duplicates/person-search-keys.js";
import { memberships, users } from "../platform/auth/auth-tables.js";
import { hashPassword } from "../platform/auth/password.js";
import type { TDb } from "../platform/db/database.js";
import { organisations } from "../platform/organisations/organisation-tables.js";

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

/** Municipal unit keys and municipalities of the seeded reference data, for scope tests. */
export const testGeography = {
  bramsche: { unitKey: "03459014", municipalityAgs: "03459014" },
  melle: { unitKey: "03459024", municipalityAgs: "03459024" },
  /** Samtgemeinde Bersenbrück: a joint municipality covering Ankum, Alfhausen, … */
  bersenbrueck: { unitKey: "034595402", memberAgs: "03459002" },
} as const;

type TOrganisationOptions = {
  kind?: TOrganisationKind;
  municipalUnitKey?: string;
  providerType?: TProviderType;
  name?: string;
};

/** A fresh organisation per call (a district unless told otherwise), so tests never share records. */
export async function buildOrganisation(db: TDb, options: TOrganisationOptions = {}) {
  const kind = options.kind ?? "district";
  const [organisation] = await db
    .insert(organisations)
    .values({
      kind,
      name: options.name ?? `Test ${kind} ${randomUUID().slice(0, 8)}`,
      districtAgs: "03459",
      municipalUnitKey: kind === "municipal_unit" ? (options.municipalUnitKey ?? testGeography.bramsche.unitKey) : null,
      providerType: kind === "provider" ? (options.providerType ?? "welfare_association") : null,
    })
    .returning();
  if (!organisation) throw new Error("organisation not created");
  return organisation;
}

type TUserOptions = {
  role?: TRole;
  isActive?: boolean;
  /** The organisation to join; a new district organisation when omitted. */
  organisation?: typeof organisations.$inferSelect;
};

export async function buildUser(db: TDb, options: TUserOptions = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const organisation = options.organisation ?? (await buildOrganisation(db));
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

export async function buildPerson(db: TDb, options: { municipalityAgs?: string; familyName?: string } = {}) {
  const familyName = options.familyName ?? `Person-${randomUUID().slice(0, 8)}`;
  const [person] = await db
    .insert(persons)
    .values({
      givenName: "Test",
      familyName,
      ...personSearchKeys([{ givenName: "Test", familyName }]),
      birthYear: 1990,
      municipalityAgs: options.municipalityAgs ?? testGeography.bramsche.municipalityAgs,
    })
    .returning();
  if (!person) throw new Error("person not created");
  return person;
}
