import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { personPolicy } from "../../../arrival/persons/person-policy.js";
import { modules } from "../../../modules.js";
import { buildUser } from "../../../testing/factories.js";
import { signInAs } from "../../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../../testing/test-app.js";
import { requires } from "../../access/route-access.js";
import { auditEvents } from "../../audit/audit-tables.js";
import { organisations } from "../../organisations/organisation-tables.js";
import { memberships } from "../auth-tables.js";
import { apiTokens } from "./api-token-tables.js";

/** Stand-ins for the person routes still to come: one action a caseworker token is scoped to, one it is not. */
const personProbeRoutes: FastifyPluginAsyncZod = async (app) => {
  const ZActor = z.object({ kind: z.string(), organisationIds: z.array(z.string()) });
  const describeActor = (actor: { kind: string; memberships?: { organisationId: string }[] }) => ({
    kind: actor.kind,
    organisationIds: actor.memberships?.map((membership) => membership.organisationId) ?? [],
  });
  app.get(
    "/api/probe/persons",
    { config: { access: requires(personPolicy, "list") }, schema: { response: { 200: ZActor } } },
    async (request) => describeActor(request.actor),
  );
  app.post(
    "/api/probe/persons",
    { config: { access: requires(personPolicy, "create") }, schema: { response: { 200: ZActor } } },
    async (request) => describeActor(request.actor),
  );
};

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp({ modules: [...modules, { name: "probe", routes: personProbeRoutes }] });
});
afterAll(() => t.close());

async function buildProviderAdmin() {
  const { user } = await buildUser(t.database.db, { role: "auditor" });
  const [provider] = await t.database.db
    .insert(organisations)
    .values({
      kind: "provider",
      name: `Träger ${randomUUID().slice(0, 6)}`,
      districtAgs: "03459",
      providerType: "club",
    })
    .returning();
  if (!provider) throw new Error("provider not created");
  await t.database.db
    .insert(memberships)
    .values({ userId: user.id, organisationId: provider.id, role: "provider_admin" });
  return { user, provider, cookies: await signInAs(t.database.db, user.id) };
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function createToken(cookies: Record<string, string>, body: Record<string, unknown>) {
  return t.app.inject({ method: "POST", url: "/api/api-tokens", cookies, payload: body });
}

function bearer(secret: string) {
  return { authorization: `Bearer ${secret}` };
}

describe("API tokens", () => {
  let admin: Awaited<ReturnType<typeof buildUser>>;
  let adminCookies: Record<string, string>;
  beforeAll(async () => {
    admin = await buildUser(t.database.db, { role: "administrator" });
    adminCookies = await signInAs(t.database.db, admin.user.id);
  });

  const caseworkerToken = () => ({
    name: "Fachverfahren",
    organisationId: admin.organisation.id,
    role: "caseworker",
    scopes: ["person:list"],
    expiresAt: inDays(30),
  });

  it("answers 401 without a session, and 401 with a Bearer challenge for an unknown token", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/api-tokens" })).statusCode).toBe(401);
    const unknown = await t.app.inject({
      method: "GET",
      url: "/api/probe/persons",
      headers: bearer(`kmt_${"A".repeat(43)}`),
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.headers["www-authenticate"]).toBe('Bearer realm="kommmit", error="invalid_token"');
    expect(unknown.json().title).toBe("Das API-Token ist ungültig.");
    const malformed = await t.app.inject({ method: "GET", url: "/api/probe/persons", headers: bearer("nonsense") });
    expect(malformed.statusCode).toBe(401);
  });

  it("answers 422 for unknown scopes, tokens of the token resource, and an expiry in the past or beyond a year", async () => {
    const response = await createToken(adminCookies, {
      ...caseworkerToken(),
      scopes: ["person:list", "person:delete", "api_token:create"],
      expiresAt: inDays(400),
    });
    expect(response.statusCode).toBe(422);
    const pointers = response.json().errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/body/scopes/1", "/body/scopes/2"]));
    const past = await createToken(adminCookies, { ...caseworkerToken(), expiresAt: inDays(-1) });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors).toEqual([expect.objectContaining({ pointer: "/body/expiresAt" })]);
    const tooLate = await createToken(adminCookies, { ...caseworkerToken(), expiresAt: inDays(367) });
    expect(tooLate.json().errors).toEqual([expect.objectContaining({ pointer: "/body/expiresAt" })]);
    expect(tooLate.json().errors[0].detail).toMatch(/\S/);
  });

  it("denies roles without the policy, other organisations, and roles beyond a provider admin's", async () => {
    const caseworker = await buildUser(t.database.db, { role: "caseworker" });
    const caseworkerCookies = await signInAs(t.database.db, caseworker.user.id);
    expect((await t.app.inject({ method: "GET", url: "/api/api-tokens", cookies: caseworkerCookies })).statusCode).toBe(
      403,
    );
    expect((await createToken(caseworkerCookies, caseworkerToken())).statusCode).toBe(403);

    const providerAdmin = await buildProviderAdmin();
    const elsewhere = await createToken(providerAdmin.cookies, caseworkerToken());
    expect(elsewhere.statusCode).toBe(404);
    const tooMighty = await createToken(providerAdmin.cookies, {
      ...caseworkerToken(),
      organisationId: providerAdmin.provider.id,
      role: "administrator",
    });
    expect(tooMighty.statusCode).toBe(403);

    const adminsToken = await createToken(adminCookies, caseworkerToken());
    const revokeElsewhere = await t.app.inject({
      method: "DELETE",
      url: `/api/api-tokens/${adminsToken.json().id}`,
      cookies: providerAdmin.cookies,
    });
    expect(revokeElsewhere.statusCode).toBe(404);
    const listed = await t.app.inject({ method: "GET", url: "/api/api-tokens", cookies: providerAdmin.cookies });
    expect(listed.json()).toEqual([]);
  });

  it("lets a provider admin issue provider roles in their own provider, and offers only those", async () => {
    const providerAdmin = await buildProviderAdmin();
    const options = await t.app.inject({
      method: "GET",
      url: "/api/api-tokens/options",
      cookies: providerAdmin.cookies,
    });
    expect(options.statusCode).toBe(200);
    expect(options.json().organisations).toEqual([
      {
        id: providerAdmin.provider.id,
        name: providerAdmin.provider.name,
        kind: "provider",
        roles: ["provider_staff", "provider_admin"],
      },
    ]);
    const resources = options.json().scopes.map((group: { resource: string }) => group.resource);
    expect(resources).toContain("person");
    expect(resources).not.toContain("api_token");

    const created = await createToken(providerAdmin.cookies, {
      ...caseworkerToken(),
      organisationId: providerAdmin.provider.id,
      role: "provider_staff",
    });
    expect(created.statusCode).toBe(201);
    const listed = await t.app.inject({ method: "GET", url: "/api/api-tokens", cookies: providerAdmin.cookies });
    expect(listed.json().map((token: { id: string }) => token.id)).toEqual([created.json().id]);
  });

  it("issues a token whose secret is shown once, lists it without secret or hash, and audits it", async () => {
    const created = await createToken(adminCookies, caseworkerToken());
    expect(created.statusCode).toBe(201);
    expect(created.headers["cache-control"]).toBe("no-store");
    const token = created.json();
    expect(token.secret).toMatch(/^kmt_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: "Fachverfahren", role: "caseworker", scopes: ["person:list"] });
    expect(token.allowedActions).toEqual(["revoke"]);

    const [stored] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.tokenHash).not.toContain(token.secret);

    const list = await t.app.inject({ method: "GET", url: "/api/api-tokens", cookies: adminCookies });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token.secret);
    expect(list.body).not.toContain(stored?.tokenHash);
    const listed = list.json().find((item: { id: string }) => item.id === token.id);
    expect(Object.keys(listed)).not.toContain("secret");
    expect(listed.createdByName).toBe("Test User");

    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, token.id));
    expect(event).toMatchObject({ action: "api_token.create", actorUserId: admin.user.id });
    expect(JSON.stringify(event?.detail)).not.toContain(token.secret);
  });

  it("acts with its role in its organisation, only within its scopes, and notes its use at most once a minute", async () => {
    const { secret, id } = (await createToken(adminCookies, caseworkerToken())).json();
    const allowed = await t.app.inject({ method: "GET", url: "/api/probe/persons", headers: bearer(secret) });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toEqual({ kind: "api_token", organisationIds: [admin.organisation.id] });
    // A caseworker may create persons, but the token was not issued for it.
    const outside = await t.app.inject({ method: "POST", url: "/api/probe/persons", headers: bearer(secret) });
    expect(outside.statusCode).toBe(404);
    const mint = await createToken({}, caseworkerToken());
    expect(mint.statusCode).toBe(401);
    const mintWithToken = await t.app.inject({
      method: "POST",
      url: "/api/api-tokens",
      headers: bearer(secret),
      payload: caseworkerToken(),
    });
    expect(mintWithToken.statusCode).toBe(403);

    const lastUsed = async () =>
      (await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0]?.lastUsedAt?.getTime();
    expect(await lastUsed()).toBeDefined();
    await t.database.db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now() - interval '30 seconds'` })
      .where(eq(apiTokens.id, id));
    const recent = await lastUsed();
    await t.app.inject({ method: "GET", url: "/api/probe/persons", headers: bearer(secret) });
    expect(await lastUsed()).toBe(recent);
    await t.database.db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now() - interval '5 minutes'` })
      .where(eq(apiTokens.id, id));
    await t.app.inject({ method: "GET", url: "/api/probe/persons", headers: bearer(secret) });
    expect(await lastUsed()).toBeGreaterThan(recent ?? 0);
  });

  it("stops working when expired or revoked", async () => {
    const expiring = (await createToken(adminCookies, caseworkerToken())).json();
    await t.database.db
      .update(apiTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(apiTokens.id, expiring.id));
    const expired = await t.app.inject({ method: "GET", url: "/api/probe/persons", headers: bearer(expiring.secret) });
    expect(expired.statusCode).toBe(401);

    const revoking = (await createToken(adminCookies, caseworkerToken())).json();
    const before = await t.app.inject({ method: "GET", url: "/api/probe/persons", headers: bearer(revoking.secret) });
    expect(before.statusCode).toBe(200);
    const revoke = () =>
      t.app.inject({ method: "DELETE", url: `/api/api-tokens/${revoking.id}`, cookies: adminCookies });
    expect((await revoke()).statusCode).toBe(204);
    expect((await revoke()).statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/probe/persons", headers: bearer(revoking.secret) });
    expect(after.statusCode).toBe(401);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, revoking.id));
    expect(events.map((event) => event.action)).toEqual(["api_token.create", "api_token.revoke"]);
    const listed = (await t.app.inject({ method: "GET", url: "/api/api-tokens", cookies: adminCookies }))
      .json()
      .find((token: { id: string }) => token.id === revoking.id);
    expect(listed.revokedAt).not.toBeNull();
    expect(listed.allowedActions).toEqual([]);
  });

  it("locks a client address out after failed bearer attempts, for every instance on the database", async () => {
    const limited = await createTestApp({ env: { KOMMMIT_API_TOKEN_FAILURE_LIMIT: "2" } });
    try {
      const attempt = () =>
        limited.app.inject({ method: "GET", url: "/api/api-tokens", headers: bearer(`kmt_${"B".repeat(43)}`) });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
      expect(Number(blocked.headers["retry-after"])).toBeLessThanOrEqual(60);
      expect(blocked.headers["content-type"]).toMatch(/^application\/problem\+json/);
    } finally {
      await limited.close();
    }
  });
});
