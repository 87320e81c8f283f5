import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZUserPage } from "../../../common/platform/user-schemas.js";
import { buildUser } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { extractLinks, startSmtpTestServer, type TSmtpTestServer } from "../../testing/smtp-test-server.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { auditEvents } from "../audit/audit-tables.js";
import { memberships, users } from "../auth/auth-tables.js";
import { singleUseTokens } from "../auth/single-use-token-tables.js";

let smtp: TSmtpTestServer;
let t: TTestApp;
let admin: Record<string, string>;
let caseworker: Record<string, string>;
let providerAdmin: Record<string, string>;
let providerA: string;
let providerB: string;
const password = "Kuchenblech Tafelrunde 7";

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  t = await createTestApp({ env: { KOMMMIT_SMTP_URL: smtp.url, KOMMMIT_LOGIN_RATE_LIMIT: "1000" } });
  const db = t.database.db;
  const built = await buildUser(db, { role: "administrator" });
  await db.update(users).set({ displayName: "Erika Mustermann" }).where(eq(users.id, built.user.id));
  admin = await signInAs(t.database.db, built.user.id);
  caseworker = await signInAs(t.database.db, (await buildUser(db, { role: "caseworker" })).user.id);
  providerA = (await buildProvider(db)).id;
  providerB = (await buildProvider(db)).id;
  providerAdmin = await signInAs(
    t.database.db,
    (await buildMember(db, { organisationId: providerA, role: "provider_admin" })).id,
  );
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

let counter = 0;
function newAddress() {
  counter += 1;
  return `eingeladen-${counter}-${Date.now()}@test.kommmit.invalid`;
}

function invite(cookies: Record<string, string>, payload: Record<string, unknown>) {
  return t.app.inject({ method: "POST", url: "/api/invitations", cookies, payload });
}

async function tokenMailedTo(email: string, nth = 0): Promise<string> {
  await smtp.waitForMail((mail) => mail.envelopeTo.includes(email));
  const mail = smtp.messages.filter((candidate) => candidate.envelopeTo.includes(email))[nth];
  if (!mail) throw new Error(`no mail number ${nth} to ${email}`);
  const link = extractLinks(mail).find((candidate) => candidate.includes("/app/invitation/")) ?? "";
  return link.split("/").pop() ?? "";
}

function accept(token: string, body: Record<string, unknown>) {
  return t.app.inject({ method: "POST", url: `/api/invitations/${token}/acceptance`, payload: body });
}

describe("POST /api/invitations", () => {
  it("answers 401 without a session", async () => {
    expect((await t.app.inject({ method: "POST", url: "/api/invitations", payload: {} })).statusCode).toBe(401);
  });

  it("answers 422 with the fields that are wrong", async () => {
    const response = await invite(admin, { email: "nope", displayName: "X", organisationId: providerA, role: "boss" });
    expect(response.statusCode).toBe(422);
    expect(
      response
        .json()
        .errors.map((error: { pointer: string }) => error.pointer)
        .sort(),
    ).toEqual(["/body/displayName", "/body/email", "/body/role"]);
  });

  it("answers 403 to caseworkers, and to provider admins for other providers or non-provider roles", async () => {
    const base = { email: newAddress(), displayName: "Neu Person" };
    expect((await invite(caseworker, { ...base, organisationId: providerA, role: "provider_staff" })).statusCode).toBe(
      403,
    );
    expect(
      (await invite(providerAdmin, { ...base, organisationId: providerB, role: "provider_staff" })).statusCode,
    ).toBe(403);
    const wrongRole = await invite(providerAdmin, { ...base, organisationId: providerA, role: "caseworker" });
    expect(wrongRole.statusCode).toBe(403);
    expect(wrongRole.json().title).toBe("Diese Rolle dürfen Sie nicht vergeben.");
  });

  it("invites a new person: invited until they accept, then they log in; the link works once", async () => {
    const email = newAddress();
    const response = await invite(providerAdmin, {
      email,
      displayName: "Nadia Haddad",
      organisationId: providerA,
      role: "provider_staff",
      locale: "en",
    });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: "accepted" });
    const mail = await smtp.waitForMail((candidate) => candidate.envelopeTo.includes(email));
    expect(mail.subject).toMatch(/^KommMit: invitation to Träger /);
    expect(mail.text).toContain("Hello Nadia Haddad,");

    const listed = await t.app.inject({ method: "GET", url: "/api/users?status=invited", cookies: providerAdmin });
    expect(ZUserPage.parse(listed.json()).items.map((user) => user.email)).toContain(email);
    const login = () => t.app.inject({ method: "POST", url: "/api/sessions", payload: { email, password } });
    expect((await login()).statusCode).toBe(401);

    const token = await tokenMailedTo(email);
    const preview = await t.app.inject({ method: "GET", url: `/api/invitations/${token}` });
    expect(preview.json()).toMatchObject({ email, displayName: "Nadia Haddad" });
    const weak = await accept(token, { password: "Nadia Haddad 1" });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].code).toBe("password_personal");

    expect((await accept(token, { password, displayName: "Nadia Haddad-Schulz" })).statusCode).toBe(204);
    const loggedIn = await login();
    expect(loggedIn.statusCode).toBe(201);
    // Provider staff see referred persons, so the first login continues with setting up the second factor.
    expect(loggedIn.json()).toMatchObject({ displayName: "Nadia Haddad-Schulz", stage: "enrolment_required" });
    const [membership] = await t.database.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, loggedIn.json().id));
    expect(membership).toMatchObject({ organisationId: providerA, role: "provider_staff" });
    const second = await accept(token, { password: "ein ganz anderes Passwort" });
    expect(second.statusCode).toBe(404);
    const [accepted] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "invitation.accept"), eq(auditEvents.actorUserId, loggedIn.json().id)));
    expect(accepted).toBeDefined();
  });

  it("answers an existing account the same way, adds the membership and sends a notice instead of a link", async () => {
    const existing = await buildMember(t.database.db, { organisationId: providerB, role: "provider_staff" });
    const fresh = await invite(admin, {
      email: newAddress(),
      displayName: "Ganz Neu",
      organisationId: providerA,
      role: "provider_staff",
    });
    const known = await invite(admin, {
      email: existing.email.toUpperCase(),
      displayName: "Anderer Name",
      organisationId: providerA,
      role: "provider_staff",
    });
    expect(known.statusCode).toBe(fresh.statusCode);
    expect(known.body).toBe(fresh.body);
    const notice = await smtp.waitForMail((mail) => mail.envelopeTo.includes(existing.email));
    expect(notice.subject).toMatch(/^KommMit: Sie wurden Träger .* hinzugefügt$/);
    expect(extractLinks(notice)).toEqual([expect.stringMatching(/\/app\/login$/)]);
    const rows = await t.database.db.select().from(memberships).where(eq(memberships.userId, existing.id));
    expect(rows.map((row) => row.organisationId).sort()).toEqual([providerA, providerB].sort());
    const [user] = await t.database.db.select().from(users).where(eq(users.id, existing.id));
    expect(user?.displayName).toBe("Test Member");
  });

  it("sends a fresh link to someone still invited; the older one stops working", async () => {
    const email = newAddress();
    const payload = { email, displayName: "Zweimal Eingeladen", organisationId: providerA, role: "provider_staff" };
    await invite(admin, payload);
    const first = await tokenMailedTo(email, 0);
    await invite(admin, payload);
    await smtp.waitForMail(
      (mail) =>
        smtp.messages.filter((m) => m.envelopeTo.includes(email)).length === 2 && mail.envelopeTo.includes(email),
    );
    const second = await tokenMailedTo(email, 1);
    expect(second).not.toBe(first);
    expect((await accept(first, { password })).statusCode).toBe(404);
    expect((await accept(second, { password })).statusCode).toBe(204);
  });

  it("refuses an expired invitation and one whose user was deactivated", async () => {
    const expiring = newAddress();
    await invite(admin, { email: expiring, displayName: "Zu Spät", organisationId: providerA, role: "provider_staff" });
    const expiredToken = await tokenMailedTo(expiring);
    await t.database.db
      .update(singleUseTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(sql`${singleUseTokens.userId} = (select id from users where email = ${expiring})`);
    expect((await accept(expiredToken, { password })).statusCode).toBe(404);

    const withdrawn = newAddress();
    await invite(admin, {
      email: withdrawn,
      displayName: "Zurückgezogen",
      organisationId: providerA,
      role: "provider_staff",
    });
    const token = await tokenMailedTo(withdrawn);
    const [user] = await t.database.db.select().from(users).where(eq(users.email, withdrawn));
    const deactivated = await t.app.inject({
      method: "POST",
      url: `/api/users/${user?.id}/deactivation`,
      cookies: admin,
    });
    expect(deactivated.json().status).toBe("deactivated");
    expect((await t.app.inject({ method: "GET", url: `/api/invitations/${token}` })).statusCode).toBe(404);
  });

  it("answers 503 'mail is not configured' on a server database without SMTP, creating nobody", async () => {
    const unconfigured = await createTestApp({ env: { DATABASE_URL: "postgres://unused@127.0.0.1:1/unused" } });
    try {
      const { user } = await buildUser(unconfigured.database.db, { role: "administrator" });
      const email = newAddress();
      const response = await unconfigured.app.inject({
        method: "POST",
        url: "/api/invitations",
        cookies: await signInAs(unconfigured.database.db, user.id),
        payload: { email, displayName: "Niemand", organisationId: providerA, role: "provider_staff" },
      });
      expect(response.statusCode).toBe(503);
      const created = await unconfigured.database.db.select().from(users).where(eq(users.email, email));
      expect(created).toEqual([]);
    } finally {
      await unconfigured.close();
    }
  });
});
