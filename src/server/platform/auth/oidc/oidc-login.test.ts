import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../../platform/audit/audit-tables.js";
import { buildUser } from "../../../testing/factories.js";
import { startOidcTestProvider, type TOidcTestProvider } from "../../../testing/oidc-test-provider.js";
import { createTestApp, type TTestApp } from "../../../testing/test-app.js";
import { organisations } from "../../organisations/organisation-tables.js";
import { memberships, users } from "../auth-tables.js";
import { SESSION_COOKIE } from "../session-cookie.js";
import { oidcLoginStates, userIdentities } from "./oidc-tables.js";

const PUBLIC_URL = "http://kommmit.test";
const district = randomUUID();
const provider = randomUUID();
const STATE_COOKIE = "kommmit_oidc_state";

let idp: TOidcTestProvider;
let t: TTestApp;
let providersConfig: unknown[];

beforeAll(async () => {
  idp = await startOidcTestProvider();
  idp.addClient({
    clientId: "kommmit",
    clientSecret: "test-client-secret",
    redirectUri: `${PUBLIC_URL}/api/auth/oidc/landkreis/callback`,
  });
  providersConfig = [
    {
      id: "landkreis",
      displayName: "Landkreis-Anmeldung",
      issuer: idp.issuer,
      clientId: "kommmit",
      clientSecret: "test-client-secret",
      roleClaim: "groups",
      roleMapping: [
        { claimValue: "kommmit-caseworkers", organisationId: district, role: "caseworker" },
        { claimValue: "kommmit-steering", organisationId: district, role: "district_coordinator" },
        { claimValue: "traeger-admins", organisationId: provider, role: "provider_admin" },
      ],
    },
  ];
  t = await createTestApp({
    env: {
      KOMMMIT_PUBLIC_URL: PUBLIC_URL,
      KOMMMIT_OIDC_PROVIDERS: JSON.stringify(providersConfig),
      // Every login here comes from the same address; the limit itself has its own test below.
      KOMMMIT_LOGIN_RATE_LIMIT: "1000",
    },
  });
  await t.database.db.insert(organisations).values([
    { id: district, kind: "district", name: "Landkreis SSO", districtAgs: "03459" },
    { id: provider, kind: "provider", name: "Träger SSO", districtAgs: "03459", providerType: "club" },
  ]);
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

function startLogin() {
  return t.app.inject({ method: "GET", url: "/api/auth/oidc/landkreis/login" });
}

/** The whole round trip as a browser makes it: our login route, the provider's form, our callback. */
async function signIn(accountId: string) {
  const start = await startLogin();
  expect(start.statusCode).toBe(303);
  const state = start.cookies.find((cookie) => cookie.name === STATE_COOKIE)?.value ?? "";
  const back = await idp.completeLogin(start.headers.location ?? "", accountId);
  expect(back.origin + back.pathname).toBe(`${PUBLIC_URL}/api/auth/oidc/landkreis/callback`);
  const callback = await t.app.inject({
    method: "GET",
    url: back.pathname + back.search,
    cookies: { [STATE_COOKIE]: state },
  });
  const session = callback.cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value;
  return { callback, session };
}

async function whoAmI(session: string | undefined) {
  const response = await t.app.inject({
    method: "GET",
    url: "/api/sessions/current",
    cookies: { [SESSION_COOKIE]: session ?? "" },
  });
  return response;
}

function account(email: string, groups: string[], extra: Record<string, unknown> = {}) {
  return { claims: { email, email_verified: true, name: "Sso Person", groups, ...extra }, amr: ["pwd", "mfa"] };
}

async function eventsAbout(userId: string) {
  return t.database.db
    .select({ action: auditEvents.action, detail: auditEvents.detail })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, userId))
    .orderBy(auditEvents.position);
}

describe("OpenID Connect login", () => {
  it("lists the providers for the login page, without secrets", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/auth/oidc/providers" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([{ id: "landkreis", displayName: "Landkreis-Anmeldung" }]);
  });

  it("sends the browser to the provider with PKCE, state and nonce, and an unknown provider to the login page", async () => {
    const start = await startLogin();
    const location = new URL(start.headers.location ?? "");
    expect(location.origin).toBe(idp.issuer);
    expect(location.searchParams.get("code_challenge_method")).toBe("S256");
    expect(location.searchParams.get("nonce")).toBeTruthy();
    expect(location.searchParams.get("state")).toBe(start.cookies.find((c) => c.name === STATE_COOKIE)?.value);
    expect(start.cookies.find((c) => c.name === STATE_COOKIE)?.sameSite).toBe("Lax");

    const unknown = await t.app.inject({ method: "GET", url: "/api/auth/oidc/nope/login" });
    expect(unknown.statusCode).toBe(303);
    expect(unknown.headers.location).toBe("/app/login?error=unknown_provider");
  });

  it("creates the user on first login with the mapped memberships and audits it", async () => {
    const email = `first-${randomUUID()}@sso.test`;
    idp.setAccount("first-login", account(email, ["kommmit-caseworkers", "unmapped-group"]));
    const { callback, session } = await signIn("first-login");
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe("/app/");

    const me = await whoAmI(session);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email, displayName: "Sso Person" });
    expect(me.json().memberships).toEqual([
      {
        organisationId: district,
        organisationName: "Landkreis SSO",
        organisationKind: "district",
        municipalUnitKey: null,
        role: "caseworker",
      },
    ]);
    const userId = me.json().id as string;
    const [identity] = await t.database.db.select().from(userIdentities).where(eq(userIdentities.userId, userId));
    expect(identity).toMatchObject({ issuer: idp.issuer, subject: "first-login", providerId: "landkreis" });
    const [user] = await t.database.db.select().from(users).where(eq(users.id, userId));
    expect(user?.passwordHash).toBeNull();

    const events = await eventsAbout(userId);
    expect(events).toEqual([
      {
        action: "membership.grant",
        detail: { organisationId: district, role: "caseworker", source: "oidc:landkreis" },
      },
      {
        action: "session.login",
        detail: { method: "oidc", provider: "landkreis", amr: ["pwd", "mfa"], linkedBy: "signup" },
      },
    ]);
  });

  it("replaces the provider's memberships at the next login and keeps those granted by hand", async () => {
    const email = `second-${randomUUID()}@sso.test`;
    idp.setAccount("second-login", account(email, ["kommmit-caseworkers"]));
    const first = await signIn("second-login");
    const userId = (await whoAmI(first.session)).json().id as string;
    await t.database.db.insert(memberships).values({ userId, organisationId: district, role: "auditor" });

    idp.setAccount("second-login", account(email, ["traeger-admins", "kommmit-steering"]));
    const second = await signIn("second-login");
    expect(second.callback.headers.location).toBe("/app/");
    const roles = (await whoAmI(second.session))
      .json()
      .memberships.map((m: { organisationId: string; role: string }) => `${m.organisationId}/${m.role}`)
      .sort();
    expect(roles).toEqual(
      [`${district}/auditor`, `${district}/district_coordinator`, `${provider}/provider_admin`].sort(),
    );
    const sources = await t.database.db
      .select({ role: memberships.role, source: memberships.source })
      .from(memberships)
      .where(eq(memberships.userId, userId));
    expect(sources.find((row) => row.role === "auditor")?.source).toBe("manual");
    const actions = (await eventsAbout(userId)).map((event) => `${event.action}:${String(event.detail.role ?? "")}`);
    expect(actions).toContain("membership.revoke:caseworker");
    expect(actions).toContain("membership.grant:provider_admin");
    expect(actions).toContain("membership.grant:district_coordinator");
  });

  it("refuses a login whose claims map to no role, and takes away what the provider had granted", async () => {
    const nobody = `nobody-${randomUUID()}@sso.test`;
    idp.setAccount("no-role", account(nobody, ["some-other-group"]));
    const refused = await signIn("no-role");
    expect(refused.callback.statusCode).toBe(303);
    expect(refused.callback.headers.location).toBe("/app/login?error=no_role");
    expect(refused.session).toBeUndefined();
    expect(await t.database.db.select().from(users).where(eq(users.email, nobody))).toEqual([]);

    const email = `demoted-${randomUUID()}@sso.test`;
    idp.setAccount("demoted", account(email, ["kommmit-caseworkers"]));
    const userId = (await whoAmI((await signIn("demoted")).session)).json().id as string;
    idp.setAccount("demoted", account(email, []));
    const demoted = await signIn("demoted");
    expect(demoted.callback.headers.location).toBe("/app/login?error=no_role");
    expect(await t.database.db.select().from(memberships).where(eq(memberships.userId, userId))).toEqual([]);
    const failed = (await eventsAbout(userId)).at(-1);
    expect(failed).toEqual({
      action: "session.login_failed",
      detail: { method: "oidc", provider: "landkreis", reason: "no_role" },
    });
  });

  it("refuses a wrong or replayed state", async () => {
    idp.setAccount("state-check", account(`state-${randomUUID()}@sso.test`, ["kommmit-caseworkers"]));
    const start = await startLogin();
    const state = start.cookies.find((cookie) => cookie.name === STATE_COOKIE)?.value ?? "";
    const back = await idp.completeLogin(start.headers.location ?? "", "state-check");
    const url = back.pathname + back.search;

    const otherBrowser = await t.app.inject({ method: "GET", url, cookies: { [STATE_COOKIE]: "another-state" } });
    expect(otherBrowser.headers.location).toBe("/app/login?error=invalid_state");
    const noCookie = await t.app.inject({ method: "GET", url });
    expect(noCookie.headers.location).toBe("/app/login?error=invalid_state");

    const tampered = new URLSearchParams(back.search);
    tampered.set("state", "forged");
    const forged = await t.app.inject({
      method: "GET",
      url: `${back.pathname}?${tampered}`,
      cookies: { [STATE_COOKIE]: "forged" },
    });
    expect(forged.headers.location).toBe("/app/login?error=invalid_state");

    const good = await t.app.inject({ method: "GET", url, cookies: { [STATE_COOKIE]: state } });
    expect(good.headers.location).toBe("/app/");
    const replay = await t.app.inject({ method: "GET", url, cookies: { [STATE_COOKIE]: state } });
    expect(replay.headers.location).toBe("/app/login?error=invalid_state");
    expect(await t.database.db.select().from(oidcLoginStates).where(sql`${oidcLoginStates.expiresAt} < now()`)).toEqual(
      [],
    );
  });

  it("links an existing account only when the provider has verified the e-mail", async () => {
    const { user } = await buildUser(t.database.db, { role: "caseworker" });
    idp.setAccount("unverified", {
      claims: { email: user.email.toUpperCase(), email_verified: false, groups: ["kommmit-caseworkers"] },
    });
    const unverified = await signIn("unverified");
    expect(unverified.callback.headers.location).toBe("/app/login?error=account_conflict");
    expect(unverified.session).toBeUndefined();
    expect(await t.database.db.select().from(userIdentities).where(eq(userIdentities.userId, user.id))).toEqual([]);
    expect(
      await t.database.db
        .select()
        .from(memberships)
        .where(and(eq(memberships.userId, user.id), eq(memberships.source, "oidc:landkreis"))),
    ).toEqual([]);

    idp.setAccount("verified", {
      claims: { email: user.email, email_verified: true, groups: ["kommmit-caseworkers"] },
    });
    const verified = await signIn("verified");
    expect(verified.callback.headers.location).toBe("/app/");
    expect((await whoAmI(verified.session)).json().id).toBe(user.id);
    const [identity] = await t.database.db.select().from(userIdentities).where(eq(userIdentities.userId, user.id));
    expect(identity?.subject).toBe("verified");
  });

  it("limits login starts per client address", async () => {
    const limited = await createTestApp({
      env: { KOMMMIT_OIDC_PROVIDERS: JSON.stringify(providersConfig), KOMMMIT_LOGIN_RATE_LIMIT: "1" },
    });
    try {
      const start = () => limited.app.inject({ method: "GET", url: "/api/auth/oidc/landkreis/login" });
      expect((await start()).statusCode).toBe(303);
      const blocked = await start();
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers["content-type"]).toMatch(/^application\/problem\+json/);
    } finally {
      await limited.close();
    }
  });

  it("refuses a deactivated user", async () => {
    const email = `inactive-${randomUUID()}@sso.test`;
    idp.setAccount("inactive", account(email, ["kommmit-caseworkers"]));
    const userId = (await whoAmI((await signIn("inactive")).session)).json().id as string;
    await t.database.db.update(users).set({ isActive: false }).where(eq(users.id, userId));
    const refused = await signIn("inactive");
    expect(refused.callback.headers.location).toBe("/app/login?error=account_inactive");
    expect(refused.session).toBeUndefined();
  });
});
