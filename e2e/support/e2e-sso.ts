import { randomBytes, randomUUID } from "node:crypto";
import type { TDb } from "../../src/server/platform/db/database.js";
import { organisations } from "../../src/server/platform/organisations/organisation-tables.js";
import { startOidcTestProvider } from "../../src/server/testing/oidc-test-provider.js";

const PROVIDER_ID = "e2e-idp";

/** What the single sign-on tests need to know: the provider's button, its origin and accounts. */
export type TE2eSso = {
  issuer: string;
  providerName: string;
  organisationName: string;
  /** An account whose group maps to provider staff in the SSO organisation. */
  staffAccount: { login: string; displayName: string };
  /** An account whose groups map to nothing. */
  roleLessAccount: { login: string };
};

export type TE2eSsoSetup = {
  sso: TE2eSso;
  /** KOMMMIT_OIDC_PROVIDERS for the server. */
  env: Record<string, string>;
  /** Creates the organisation the role mapping names, once the server's database exists. */
  prepare(db: TDb): Promise<void>;
  /** Registers KommMit as a client once its address is known. */
  connect(serverUrl: string): void;
  stop(): Promise<void>;
};

/** A real OpenID Connect provider for the e2e run, with one mapped and one role-less account. */
export async function startE2eSso(): Promise<TE2eSsoSetup> {
  const provider = await startOidcTestProvider();
  const organisationId = randomUUID();
  const clientSecret = randomBytes(24).toString("base64url");
  const sso: TE2eSso = {
    issuer: provider.issuer,
    providerName: "Test-IdP",
    organisationName: "Sprachschule Osnabrück (SSO)",
    staffAccount: { login: "sam.sso", displayName: "Sam Single-Sign-On" },
    roleLessAccount: { login: "nora.norole" },
  };
  provider.setAccount(sso.staffAccount.login, {
    claims: {
      email: "sam.sso@sprachschule.test",
      email_verified: true,
      name: sso.staffAccount.displayName,
      groups: ["kommmit-staff"],
    },
    amr: ["pwd", "otp"],
  });
  provider.setAccount(sso.roleLessAccount.login, {
    claims: { email: "nora@sprachschule.test", email_verified: true, name: "Nora", groups: ["cafeteria"] },
  });
  const providers = [
    {
      id: PROVIDER_ID,
      displayName: sso.providerName,
      issuer: provider.issuer,
      clientId: "kommmit-e2e",
      clientSecret,
      roleClaim: "groups",
      roleMapping: [{ claimValue: "kommmit-staff", organisationId, role: "provider_staff" }],
    },
  ];
  return {
    sso,
    env: { KOMMMIT_OIDC_PROVIDERS: JSON.stringify(providers) },
    async prepare(db) {
      await db.insert(organisations).values({
        id: organisationId,
        kind: "provider",
        name: sso.organisationName,
        districtAgs: "03459",
        providerType: "language_school",
      });
    },
    connect(serverUrl) {
      provider.addClient({
        clientId: "kommmit-e2e",
        clientSecret,
        redirectUri: `${serverUrl}/api/auth/oidc/${PROVIDER_ID}/callback`,
      });
    },
    stop: () => provider.close(),
  };
}
