import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZActiveSessions } from "../../../common/platform/security-schemas.js";
import { ZCurrentUser } from "../../../common/platform/session-schemas.js";
import { buildUser, TEST_PASSWORD } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { auditEvents } from "../audit/audit-tables.js";
import { sessions } from "./auth-tables.js";
import { SESSION_COOKIE } from "./session-cookie.js";
import { hashToken, purgeExpiredSessions } from "./session-service.js";

/** Steering users need no second factor: their password login is complete at once. */
const buildPasswordOnlyUser = (db: TTestApp["database"]["db"]) => buildUser(db, { role: "district_coordinator" });

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { KOMMMIT_LOGIN_RATE_LIMIT: "1000" } });
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
    const { user, organisation } = await buildPasswordOnlyUser(t.database.db);
    const { response, cookie } = await logIn(user.email.toUpperCase());
    expect(response.statusCode).toBe(201);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
    const me = ZCurrentUser.parse(response.json());
    expect(me.stage).toBe("complete");
    expect(me.memberships).toEqual([
      {
        organisationId: organisation.id,
        organisationName: organisation.name,
        organisationKind: "district",
        municipalUnitKey: null,
        role: "district_coordinator",
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
    const { user } = await buildPasswordOnlyUser(t.database.db);
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
    const { user } = await buildPasswordOnlyUser(t.database.db);
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

describe("session lifetime and rotation", () => {
  it("ends a session after its absolute timeout even while it is in use", async () => {
    const { user } = await buildPasswordOnlyUser(t.database.db);
    const { cookie } = await logIn(user.email);
    const cookies = { [SESSION_COOKIE]: cookie?.value ?? "" };
    await t.database.db
      .update(sessions)
      .set({ absoluteExpiresAt: sql`now() - interval '1 second'` })
      .where(sql`${sessions.userId} = ${user.id}`);
    expect((await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies })).statusCode).toBe(401);
  });

  it("ends the session the browser already had when it logs in again (no fixation)", async () => {
    const { user } = await buildPasswordOnlyUser(t.database.db);
    const first = await logIn(user.email);
    const planted = { [SESSION_COOKIE]: first.cookie?.value ?? "" };
    const again = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: { email: user.email, password: TEST_PASSWORD },
      cookies: planted,
    });
    expect(again.statusCode).toBe(201);
    const fresh = again.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(first.cookie?.value);
    expect((await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies: planted })).statusCode).toBe(
      401,
    );
    const stored = await t.database.db.select().from(sessions).where(sql`${sessions.userId} = ${user.id}`);
    expect(stored.map((row) => row.tokenHash)).toEqual([hashToken(fresh ?? "")]);
  });
});

describe("active sessions", () => {
  async function logInTwice() {
    const { user } = await buildPasswordOnlyUser(t.database.db);
    const laptop = await logIn(user.email);
    const phone = await logIn(user.email);
    return {
      user,
      laptop: { [SESSION_COOKIE]: laptop.cookie?.value ?? "" },
      phone: { [SESSION_COOKIE]: phone.cookie?.value ?? "" },
    };
  }

  it("answers 401 without a session", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/sessions" })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "DELETE", url: "/api/sessions" })).statusCode).toBe(401);
    const one = await t.app.inject({ method: "DELETE", url: `/api/sessions/${crypto.randomUUID()}` });
    expect(one.statusCode).toBe(401);
  });

  it("lists the user's own sessions with this one marked", async () => {
    const { laptop } = await logInTwice();
    await logInTwice();
    const response = await t.app.inject({
      method: "GET",
      url: "/api/sessions",
      cookies: laptop,
      headers: { "user-agent": "Laptop" },
    });
    expect(response.statusCode).toBe(200);
    const list = ZActiveSessions.parse(response.json());
    expect(list).toHaveLength(2);
    expect(list.filter((session) => session.isCurrent)).toHaveLength(1);
    expect(list[0]?.ipAddress).toBe("127.0.0.1");
    expect(Object.keys(list[0] ?? {})).not.toContain("tokenHash");
  });

  it("validates the session id, and answers 404 for another user's session", async () => {
    const mine = await logInTwice();
    const theirs = await logInTwice();
    const bad = await t.app.inject({ method: "DELETE", url: "/api/sessions/not-a-uuid", cookies: mine.laptop });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].pointer).toBe("/params/sessionId");
    const theirList = ZActiveSessions.parse(
      (await t.app.inject({ method: "GET", url: "/api/sessions", cookies: theirs.laptop })).json(),
    );
    const foreign = await t.app.inject({
      method: "DELETE",
      url: `/api/sessions/${theirList[0]?.id}`,
      cookies: mine.laptop,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/api/sessions", cookies: theirs.phone })).statusCode).toBe(200);
  });

  it("ends one other session and audits it", async () => {
    const { laptop, phone } = await logInTwice();
    const list = ZActiveSessions.parse(
      (await t.app.inject({ method: "GET", url: "/api/sessions", cookies: laptop })).json(),
    );
    const other = list.find((session) => !session.isCurrent);
    const ended = await t.app.inject({ method: "DELETE", url: `/api/sessions/${other?.id}`, cookies: laptop });
    expect(ended.statusCode).toBe(204);
    expect((await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies: phone })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies: laptop })).statusCode).toBe(200);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, other?.id ?? ""));
    expect(events.map((event) => event.action)).toEqual(["session.end"]);
  });

  it("logs out everywhere: every session of the user ends, audited", async () => {
    const { user, laptop, phone } = await logInTwice();
    const bystander = await logInTwice();
    const response = await t.app.inject({ method: "DELETE", url: "/api/sessions", cookies: laptop });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe("");
    for (const cookies of [laptop, phone]) {
      expect((await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies })).statusCode).toBe(401);
    }
    const other = await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies: bystander.laptop });
    expect(other.statusCode).toBe(200);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "session.logout_everywhere"), eq(auditEvents.actorUserId, user.id)));
    expect(event?.detail).toEqual({ sessions: 2 });
  });
});
