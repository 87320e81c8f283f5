import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZCurrentUser } from "../../../common/platform/session-schemas.js";
import { buildUser, TEST_PASSWORD } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { sessions } from "./auth-tables.js";
import { SESSION_COOKIE } from "./session-cookie.js";
import { hashToken, purgeExpiredSessions } from "./session-service.js";

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function logIn(email: string, password = TEST_PASSWORD) {
  const response = await t.app.inject({ method: "POST", url: "/api/sessions", payload: { email, password } });
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  return { response, cookie };
}

describe("sessions", () => {
  it("answers 401 to who-am-I without a session", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/sessions/current" });
    expect(response.statusCode).toBe(401);
  });

  it("rejects a wrong password and an unknown e-mail alike", async () => {
    const { user } = await buildUser(t.database.db);
    const wrong = await logIn(user.email, "not the password at all");
    const unknown = await logIn("nobody@test.kommmit.invalid");
    expect(wrong.response.statusCode).toBe(401);
    expect(unknown.response.statusCode).toBe(401);
    expect(wrong.response.json().detail).toBe(unknown.response.json().detail);
    expect(wrong.response.json().title).toBe("Anmeldung fehlgeschlagen.");
    expect(wrong.cookie).toBeUndefined();
  });

  it("rejects a deactivated user", async () => {
    const { user } = await buildUser(t.database.db, { isActive: false });
    expect((await logIn(user.email)).response.statusCode).toBe(401);
  });

  it("logs in with a HttpOnly SameSite cookie, shows the user, and logs out", async () => {
    const { user, organisation } = await buildUser(t.database.db, { role: "caseworker" });
    const { response, cookie } = await logIn(user.email.toUpperCase());
    expect(response.statusCode).toBe(201);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
    const me = ZCurrentUser.parse(response.json());
    expect(me.memberships).toEqual([
      {
        organisationId: organisation.id,
        organisationName: organisation.name,
        organisationKind: "district",
        role: "caseworker",
      },
    ]);
    const cookies = { [SESSION_COOKIE]: cookie?.value ?? "" };
    const current = await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies });
    expect(current.statusCode).toBe(200);
    expect(current.json().id).toBe(user.id);

    const stored = await t.database.db.select().from(sessions).where(sql`${sessions.userId} = ${user.id}`);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).toBe(hashToken(cookie?.value ?? ""));
    expect(stored[0]?.tokenHash).not.toBe(cookie?.value);

    const logout = await t.app.inject({ method: "DELETE", url: "/api/sessions/current", cookies });
    expect(logout.statusCode).toBe(204);
    expect((await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies })).statusCode).toBe(401);
  });

  it("limits login attempts per client address with a 429 problem", async () => {
    const limited = await createTestApp({ env: { KOMMMIT_LOGIN_RATE_LIMIT: "2" } });
    try {
      const attempt = () =>
        limited.app.inject({ method: "POST", url: "/api/sessions", payload: { email: "x@y.de", password: "guess" } });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(blocked.headers["retry-after"]).toBeDefined();
      expect(blocked.json().title).toBe("Zu viele Anfragen. Bitte versuchen Sie es später erneut.");
    } finally {
      await limited.close();
    }
  });

  it("slides the idle expiry forward on use, at most once a minute", async () => {
    const { user } = await buildUser(t.database.db);
    const { cookie } = await logIn(user.email);
    const cookies = { [SESSION_COOKIE]: cookie?.value ?? "" };
    const ofUser = sql`${sessions.userId} = ${user.id}`;
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '5 minutes'`, idleExpiresAt: sql`now() + interval '1 minute'` })
      .where(ofUser);
    expect((await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies })).statusCode).toBe(200);
    const [slid] = await t.database.db.select().from(sessions).where(ofUser);
    const minutesLeft = ((slid?.idleExpiresAt.getTime() ?? 0) - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(t.config.session.idleMinutes - 1);

    await t.database.db.update(sessions).set({ idleExpiresAt: sql`now() + interval '2 minutes'` }).where(ofUser);
    expect((await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies })).statusCode).toBe(200);
    const [unchanged] = await t.database.db.select().from(sessions).where(ofUser);
    expect(((unchanged?.idleExpiresAt.getTime() ?? 0) - Date.now()) / 60_000).toBeLessThan(3);
  });

  it("ends a session after its idle timeout and purges it", async () => {
    const { user } = await buildUser(t.database.db);
    const { cookie } = await logIn(user.email);
    const cookies = { [SESSION_COOKIE]: cookie?.value ?? "" };
    await t.database.db
      .update(sessions)
      .set({ idleExpiresAt: sql`now() - interval '1 minute'` })
      .where(sql`${sessions.userId} = ${user.id}`);
    expect((await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies })).statusCode).toBe(401);
    expect(await purgeExpiredSessions(t.database.db)).toBeGreaterThanOrEqual(1);
    const left = await t.database.db.select().from(sessions).where(sql`${sessions.userId} = ${user.id}`);
    expect(left).toHaveLength(0);
  });
});
