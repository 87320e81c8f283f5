import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZUserPage, ZUserSummary } from "../../../common/platform/user-schemas.js";
import { buildUser } from "../../testing/factories.js";
import { buildMember, buildProvider } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { auditEvents } from "../audit/audit-tables.js";
import { memberships } from "../auth/auth-tables.js";

let t: TTestApp;
let admin: { id: string; email: string; organisationId: string; cookies: Record<string, string> };
let caseworker: Record<string, string>;
let providerAdmin: Record<string, string>;
let providerA: string;
let providerB: string;
let staffA: { id: string; email: string };
let staffB: { id: string };
let sharedStaff: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const built = await buildUser(db, { role: "administrator" });
  admin = {
    id: built.user.id,
    email: built.user.email,
    organisationId: built.organisation.id,
    cookies: await signInAs(t.database.db, built.user.id),
  };
  caseworker = await signInAs(t.database.db, (await buildUser(db, { role: "caseworker" })).user.id);
  providerA = (await buildProvider(db)).id;
  providerB = (await buildProvider(db, "club")).id;
  providerAdmin = await signInAs(
    t.database.db,
    (await buildMember(db, { organisationId: providerA, role: "provider_admin" })).id,
  );
  staffA = await buildMember(db, { organisationId: providerA, role: "provider_staff", displayName: "Anna Arslan" });
  staffB = await buildMember(db, { organisationId: providerB, role: "provider_staff" });
  sharedStaff = await buildMember(db, { organisationId: providerA, role: "provider_staff" });
  await db.insert(memberships).values({ userId: sharedStaff.id, organisationId: providerB, role: "provider_staff" });
});
afterAll(() => t.close());

function auditOf(subjectId: string, action: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, subjectId), eq(auditEvents.action, action)));
}

describe("GET /api/users", () => {
  it("answers 401 without a session", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/users" })).statusCode).toBe(401);
  });

  it("answers 422 for an unknown status", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/users?status=gone", cookies: admin.cookies });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].pointer).toBe("/querystring/status");
  });

  it("answers 403 to a caseworker", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/users", cookies: caseworker })).statusCode).toBe(403);
  });

  it("shows a provider admin the members of their provider only", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/users?pageSize=100", cookies: providerAdmin });
    const page = ZUserPage.parse(response.json());
    const ids = page.items.map((user) => user.id);
    expect(ids).toContain(staffA.id);
    expect(ids).toContain(sharedStaff.id);
    expect(ids).not.toContain(staffB.id);
    expect(ids).not.toContain(admin.id);
    expect(page.total).toBe(3);
    expect(page.canInvite).toBe(true);
  });

  it("lets administrators search by name or e-mail and filter by organisation and role", async () => {
    const byName = await t.app.inject({ method: "GET", url: "/api/users?q=arslan", cookies: admin.cookies });
    expect(ZUserPage.parse(byName.json()).items.map((user) => user.id)).toEqual([staffA.id]);
    const byEmail = await t.app.inject({
      method: "GET",
      url: `/api/users?q=${encodeURIComponent(staffA.email.slice(0, 20))}`,
      cookies: admin.cookies,
    });
    expect(ZUserPage.parse(byEmail.json()).items.map((user) => user.id)).toEqual([staffA.id]);
    const byRole = await t.app.inject({
      method: "GET",
      url: `/api/users?organisationId=${providerB}&role=provider_staff&sort=createdAt&direction=desc`,
      cookies: admin.cookies,
    });
    expect(ZUserPage.parse(byRole.json()).items.map((user) => user.id)).toEqual([sharedStaff.id, staffB.id]);
  });
});

describe("GET and PATCH /api/users/{id}", () => {
  it("answers 401 without a session", async () => {
    expect((await t.app.inject({ method: "GET", url: `/api/users/${staffA.id}` })).statusCode).toBe(401);
  });

  it("answers 422 for an unknown locale", async () => {
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${staffA.id}`,
      cookies: admin.cookies,
      payload: { locale: "fr" },
    });
    expect(response.statusCode).toBe(422);
  });

  it("answers 404 to a provider admin for someone of another provider, 403 for a shared member's account", async () => {
    const other = await t.app.inject({ method: "GET", url: `/api/users/${staffB.id}`, cookies: providerAdmin });
    expect(other.statusCode).toBe(404);
    const shared = await t.app.inject({ method: "GET", url: `/api/users/${sharedStaff.id}`, cookies: providerAdmin });
    expect(shared.statusCode).toBe(200);
    expect(shared.json().allowedActions).toEqual(["list", "read", "invite", "manage_memberships"]);
    const rename = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${sharedStaff.id}`,
      cookies: providerAdmin,
      payload: { displayName: "Umbenannt" },
    });
    expect(rename.statusCode).toBe(403);
    expect(rename.json().title).toBe("Diese Person gehört auch zu anderen Organisationen.");
  });

  it("shows memberships and lets a provider admin rename their staff, audited", async () => {
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${staffA.id}`,
      cookies: providerAdmin,
      payload: { displayName: "Anna Arslan-Meyer", locale: "en" },
    });
    expect(response.statusCode).toBe(200);
    const user = ZUserSummary.parse(response.json());
    expect(user).toMatchObject({ displayName: "Anna Arslan-Meyer", locale: "en", status: "active" });
    expect(user.memberships).toEqual([expect.objectContaining({ organisationId: providerA, role: "provider_staff" })]);
    const [event] = await auditOf(staffA.id, "user.update");
    expect(event?.detail).toEqual({ fields: ["displayName", "locale"] });
  });
});

describe("deactivation", () => {
  it("answers 401 without a session", async () => {
    const response = await t.app.inject({ method: "POST", url: `/api/users/${staffA.id}/deactivation` });
    expect(response.statusCode).toBe(401);
  });

  it("answers 422 for a malformed id", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/users/x/deactivation", cookies: admin.cookies });
    expect(response.statusCode).toBe(422);
  });

  it("answers 404/403 to a provider admin outside their reach and 403 to a caseworker", async () => {
    const other = await t.app.inject({
      method: "POST",
      url: `/api/users/${staffB.id}/deactivation`,
      cookies: providerAdmin,
    });
    expect(other.statusCode).toBe(404);
    const shared = await t.app.inject({
      method: "POST",
      url: `/api/users/${sharedStaff.id}/deactivation`,
      cookies: providerAdmin,
    });
    expect(shared.statusCode).toBe(403);
    const asCaseworker = await t.app.inject({
      method: "POST",
      url: `/api/users/${staffA.id}/deactivation`,
      cookies: caseworker,
    });
    expect(asCaseworker.statusCode).toBe(403);
  });

  it("deactivates (ending every session) and reactivates, audited", async () => {
    const staffSession = await signInAs(t.database.db, staffA.id);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies: staffSession })).statusCode,
    ).toBe(200);
    const deactivated = await t.app.inject({
      method: "POST",
      url: `/api/users/${staffA.id}/deactivation`,
      cookies: providerAdmin,
    });
    expect(deactivated.statusCode).toBe(200);
    expect(deactivated.json().status).toBe("deactivated");
    expect(
      (await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies: staffSession })).statusCode,
    ).toBe(401);
    const [event] = await auditOf(staffA.id, "user.deactivate");
    expect(event?.detail).toMatchObject({ endedSessions: 1 });

    const listed = await t.app.inject({ method: "GET", url: "/api/users?status=deactivated", cookies: providerAdmin });
    expect(ZUserPage.parse(listed.json()).items.map((user) => user.id)).toEqual([staffA.id]);

    const reactivated = await t.app.inject({
      method: "DELETE",
      url: `/api/users/${staffA.id}/deactivation`,
      cookies: providerAdmin,
    });
    expect(reactivated.json().status).toBe("active");
    expect(await auditOf(staffA.id, "user.reactivate")).toHaveLength(1);
  });

  it("refuses to deactivate the last active administrator (409)", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: `/api/users/${admin.id}/deactivation`,
      cookies: admin.cookies,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().title).toBe("Das ist die letzte aktive Administration.");
  });
});

describe("memberships", () => {
  const membershipUrl = (userId: string, organisationId: string, role: string) =>
    `/api/users/${userId}/memberships/${organisationId}/${role}`;

  it("answers 401 without a session", async () => {
    const response = await t.app.inject({ method: "PUT", url: membershipUrl(staffA.id, providerA, "provider_admin") });
    expect(response.statusCode).toBe(401);
  });

  it("answers 422 for an unknown role, and for a role that does not fit the organisation", async () => {
    const unknown = await t.app.inject({
      method: "PUT",
      url: membershipUrl(staffA.id, providerA, "king"),
      cookies: admin.cookies,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].pointer).toBe("/params/role");
    const misfit = await t.app.inject({
      method: "PUT",
      url: membershipUrl(staffA.id, providerA, "administrator"),
      cookies: admin.cookies,
    });
    expect(misfit.statusCode).toBe(422);
    expect(misfit.json().title).toBe("Diese Rolle passt nicht zu dieser Art von Organisation.");
  });

  it("answers 403 to a provider admin granting a non-provider role or in another provider", async () => {
    const notProviderRole = await t.app.inject({
      method: "PUT",
      url: membershipUrl(staffA.id, providerA, "volunteer_coordinator"),
      cookies: providerAdmin,
    });
    expect(notProviderRole.statusCode).toBe(403);
    expect(notProviderRole.json().title).toBe("Diese Rolle dürfen Sie nicht vergeben.");
    const otherProvider = await t.app.inject({
      method: "PUT",
      url: membershipUrl(sharedStaff.id, providerB, "provider_admin"),
      cookies: providerAdmin,
    });
    expect(otherProvider.statusCode).toBe(403);
  });

  it("grants and revokes provider roles, audited", async () => {
    const granted = await t.app.inject({
      method: "PUT",
      url: membershipUrl(staffA.id, providerA, "provider_admin"),
      cookies: providerAdmin,
    });
    expect(granted.statusCode).toBe(200);
    expect(ZUserSummary.parse(granted.json()).memberships.map((membership) => membership.role)).toEqual([
      "provider_admin",
      "provider_staff",
    ]);
    const again = await t.app.inject({
      method: "PUT",
      url: membershipUrl(staffA.id, providerA, "provider_admin"),
      cookies: providerAdmin,
    });
    expect(again.statusCode).toBe(200);
    expect(await auditOf(staffA.id, "membership.grant")).toHaveLength(1);

    const revoked = await t.app.inject({
      method: "DELETE",
      url: membershipUrl(staffA.id, providerA, "provider_admin"),
      cookies: providerAdmin,
    });
    expect(revoked.statusCode).toBe(204);
    expect(await auditOf(staffA.id, "membership.revoke")).toHaveLength(1);
    const missing = await t.app.inject({
      method: "DELETE",
      url: membershipUrl(staffA.id, providerA, "provider_admin"),
      cookies: providerAdmin,
    });
    expect(missing.statusCode).toBe(404);
  });

  it("shows a membership that single sign-on grants, and refuses to revoke it by hand (409)", async () => {
    const member = await buildMember(t.database.db, { organisationId: providerA, role: "provider_staff" });
    await t.database.db.update(memberships).set({ source: "oidc:keycloak" }).where(eq(memberships.userId, member.id));
    const detail = await t.app.inject({ method: "GET", url: `/api/users/${member.id}`, cookies: admin.cookies });
    expect(ZUserSummary.parse(detail.json()).memberships).toEqual([
      expect.objectContaining({ role: "provider_staff", singleSignOnProvider: "keycloak", canRevoke: false }),
    ]);
    const refused = await t.app.inject({
      method: "DELETE",
      url: membershipUrl(member.id, providerA, "provider_staff"),
      cookies: admin.cookies,
    });
    expect(refused.statusCode).toBe(409);
    const kept = await t.database.db.select().from(memberships).where(eq(memberships.userId, member.id));
    expect(kept).toHaveLength(1);
  });

  it("never revokes the last administrator membership, but does once another administrator exists", async () => {
    const url = membershipUrl(admin.id, admin.organisationId, "administrator");
    const refused = await t.app.inject({ method: "DELETE", url, cookies: admin.cookies });
    expect(refused.statusCode).toBe(409);

    const successor = await buildMember(t.database.db, { organisationId: admin.organisationId, role: "caseworker" });
    const granted = await t.app.inject({
      method: "PUT",
      url: membershipUrl(successor.id, admin.organisationId, "administrator"),
      cookies: admin.cookies,
    });
    expect(granted.statusCode).toBe(200);
    expect((await t.app.inject({ method: "DELETE", url, cookies: admin.cookies })).statusCode).toBe(204);
  });
});
