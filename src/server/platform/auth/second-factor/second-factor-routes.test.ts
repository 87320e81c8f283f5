import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZEnrolledLogin, ZSecondFactorStatus, ZTotpEnrolment } from "../../../../common/platform/security-schemas.js";
import { ZCurrentUser } from "../../../../common/platform/session-schemas.js";
import { buildUser, TEST_PASSWORD } from "../../../testing/factories.js";
import { enrolTestTotp } from "../../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../../testing/test-app.js";
import { auditEvents } from "../../audit/audit-tables.js";
import { sessions } from "../auth-tables.js";
import { SESSION_COOKIE } from "../session-cookie.js";
import { hashToken } from "../session-service.js";
import { totpCredentials } from "./second-factor-tables.js";
import { generateTotpCode } from "./totp.js";

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { KOMMMIT_LOGIN_RATE_LIMIT: "1000", KOMMMIT_LOCKOUT_THRESHOLD: "4" } });
});
afterAll(() => t.close());

type TCookies = Record<string, string>;

function cookieOf(response: { cookies: { name: string; value: string }[] }): TCookies {
  return { [SESSION_COOKIE]: response.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? "" };
}

async function logInWithPassword(email: string) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/sessions",
    payload: { email, password: TEST_PASSWORD },
  });
  expect(response.statusCode).toBe(201);
  return { user: ZCurrentUser.parse(response.json()), cookies: cookieOf(response) };
}

const post = (url: string, cookies: TCookies, payload?: object) =>
  t.app.inject({ method: "POST", url, cookies, ...(payload ? { payload } : {}) });
const get = (url: string, cookies: TCookies) => t.app.inject({ method: "GET", url, cookies });

/** The code of the next time step: accepted (window ±1) after the current one was used. */
const nextCode = (secret: string) => generateTotpCode(secret, Date.now() + 30_000);

async function enrolledCaseworker() {
  const { user } = await buildUser(t.database.db, { role: "caseworker" });
  const secret = await enrolTestTotp(t.database.db, user.id);
  return { user, secret };
}

describe("login with a second factor", () => {
  it("opens a pending session for roles that see person data, which grants nothing else", async () => {
    const { user } = await enrolledCaseworker();
    const pending = await logInWithPassword(user.email);
    expect(pending.user.stage).toBe("second_factor_required");
    expect(pending.user.memberships).toEqual([]);

    const current = await get("/api/sessions/current", pending.cookies);
    expect(current.statusCode).toBe(200);
    expect(current.json().stage).toBe("second_factor_required");
    expect((await get("/api/sessions", pending.cookies)).statusCode).toBe(401);
    expect((await get("/api/account/second-factor", pending.cookies)).statusCode).toBe(401);
    expect((await get("/api/municipalities", pending.cookies)).statusCode).toBe(200);
    const login = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, user.id), eq(auditEvents.action, "session.login")));
    expect(login).toEqual([]);
  });

  it("ends a pending session at logout", async () => {
    const { user } = await enrolledCaseworker();
    const { cookies } = await logInWithPassword(user.email);
    expect((await t.app.inject({ method: "DELETE", url: "/api/sessions/current", cookies })).statusCode).toBe(204);
    expect((await get("/api/sessions/current", cookies)).statusCode).toBe(401);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
  });

  it("lets steering roles in with the password alone", async () => {
    const { user } = await buildUser(t.database.db, { role: "district_coordinator" });
    expect((await logInWithPassword(user.email)).user.stage).toBe("complete");
  });

  it("answers 401 without a session and 422 for a malformed code", async () => {
    const anonymous = await post("/api/sessions/current/second-factor", {}, { code: "123456" });
    expect(anonymous.statusCode).toBe(401);
    const { user } = await enrolledCaseworker();
    const { cookies } = await logInWithPassword(user.email);
    const malformed = await post("/api/sessions/current/second-factor", cookies, { code: "12ab" });
    expect(malformed.statusCode).toBe(422);
  });

  it("rejects a wrong code (audited) and completes with the right one under a new token", async () => {
    const { user, secret } = await enrolledCaseworker();
    const { cookies } = await logInWithPassword(user.email);
    const wrongCode = generateTotpCode(secret, Date.now() - 10 * 60_000);
    const wrong = await post("/api/sessions/current/second-factor", cookies, { code: wrongCode });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().title).toBe("Der Code ist nicht gültig.");

    const right = await post("/api/sessions/current/second-factor", cookies, { code: generateTotpCode(secret) });
    expect(right.statusCode).toBe(200);
    expect(ZCurrentUser.parse(right.json()).stage).toBe("complete");
    const completed = cookieOf(right);
    expect(completed[SESSION_COOKIE]).not.toBe(cookies[SESSION_COOKIE]);
    expect((await get("/api/sessions/current", cookies)).statusCode).toBe(401);
    const me = await get("/api/sessions/current", completed);
    expect(me.json().memberships).toHaveLength(1);
    expect((await get("/api/sessions", completed)).statusCode).toBe(200);

    const stored = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored.map((row) => [row.tokenHash, row.stage])).toEqual([
      [hashToken(completed[SESSION_COOKIE] ?? ""), "complete"],
    ]);
    const actions = await t.database.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, user.id))
      .orderBy(auditEvents.occurredAt);
    expect(actions).toEqual([
      { action: "session.second_factor_failed", detail: {} },
      { action: "session.login", detail: { secondFactor: "totp" } },
    ]);
  });

  it("does not accept the same code twice (replay)", async () => {
    const { user, secret } = await enrolledCaseworker();
    const code = generateTotpCode(secret);
    const first = await logInWithPassword(user.email);
    expect((await post("/api/sessions/current/second-factor", first.cookies, { code })).statusCode).toBe(200);
    const second = await logInWithPassword(user.email);
    expect((await post("/api/sessions/current/second-factor", second.cookies, { code })).statusCode).toBe(401);
    expect(
      (await post("/api/sessions/current/second-factor", second.cookies, { code: nextCode(secret) })).statusCode,
    ).toBe(200);
  });

  it("locks the second factor of a user after the threshold of wrong codes", async () => {
    const { user, secret } = await enrolledCaseworker();
    const { cookies } = await logInWithPassword(user.email);
    for (let i = 0; i < 4; i++) {
      expect((await post("/api/sessions/current/second-factor", cookies, { code: "000000" })).statusCode).toBe(401);
    }
    const locked = await post("/api/sessions/current/second-factor", cookies, { code: generateTotpCode(secret) });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers["retry-after"]).toBeDefined();
  });

  it("refuses verification for a session that is already complete", async () => {
    const { user } = await buildUser(t.database.db, { role: "district_coordinator" });
    const { cookies } = await logInWithPassword(user.email);
    expect((await post("/api/sessions/current/second-factor", cookies, { code: "123456" })).statusCode).toBe(409);
  });
});

describe("enrolment at first login", () => {
  it("enrols, shows the recovery codes once, and completes the session", async () => {
    const { user } = await buildUser(t.database.db, { role: "administrator" });
    const { user: pending, cookies } = await logInWithPassword(user.email);
    expect(pending.stage).toBe("enrolment_required");
    expect((await post("/api/sessions/current/second-factor", cookies, { code: "123456" })).statusCode).toBe(409);

    const started = await post("/api/sessions/current/second-factor/enrolment", cookies);
    expect(started.statusCode).toBe(201);
    const enrolment = ZTotpEnrolment.parse(started.json());
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/KommMit:.*secret=/);
    expect(enrolment.otpauthUri).toContain("algorithm=SHA1&digits=6&period=30");
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);

    const wrong = await post("/api/sessions/current/second-factor/enrolment/confirmation", cookies, { code: "000000" });
    expect(wrong.statusCode).toBe(401);
    const confirmed = await post("/api/sessions/current/second-factor/enrolment/confirmation", cookies, {
      code: generateTotpCode(enrolment.secret),
    });
    expect(confirmed.statusCode).toBe(200);
    const body = ZEnrolledLogin.parse(confirmed.json());
    expect(body.user.stage).toBe("complete");
    expect(body.recoveryCodes).toHaveLength(10);
    expect(new Set(body.recoveryCodes).size).toBe(10);
    expect(body.recoveryCodes[0]).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    const completed = cookieOf(confirmed);
    expect(completed[SESSION_COOKIE]).not.toBe(cookies[SESSION_COOKIE]);

    const status = ZSecondFactorStatus.parse((await get("/api/account/second-factor", completed)).json());
    expect(status).toMatchObject({ isEnrolled: true, isRequired: true, recoveryCodesLeft: 10 });
    expect(JSON.stringify(status)).not.toContain(enrolment.secret);
    expect((await post("/api/account/second-factor/enrolment", completed)).statusCode).toBe(409);

    const [stored] = await t.database.db.select().from(totpCredentials).where(eq(totpCredentials.userId, user.id));
    expect(stored?.confirmedAt).not.toBeNull();
  });

  it("does not let a user with an authenticator enrol a new one during login", async () => {
    const { user } = await enrolledCaseworker();
    const { cookies } = await logInWithPassword(user.email);
    expect((await post("/api/sessions/current/second-factor/enrolment", cookies)).statusCode).toBe(409);
  });
});

describe("recovery codes", () => {
  async function enrolThroughLogin() {
    const { user } = await buildUser(t.database.db, { role: "auditor" });
    const { cookies } = await logInWithPassword(user.email);
    const enrolment = ZTotpEnrolment.parse(
      (await post("/api/sessions/current/second-factor/enrolment", cookies)).json(),
    );
    const confirmed = await post("/api/sessions/current/second-factor/enrolment/confirmation", cookies, {
      code: generateTotpCode(enrolment.secret),
    });
    const { recoveryCodes } = ZEnrolledLogin.parse(confirmed.json());
    return { user, secret: enrolment.secret, recoveryCodes, cookies: cookieOf(confirmed) };
  }

  it("completes a login with a recovery code, once only, in any case and spacing", async () => {
    const { user, recoveryCodes } = await enrolThroughLogin();
    const [code] = recoveryCodes;
    const first = await logInWithPassword(user.email);
    const used = await post("/api/sessions/current/second-factor", first.cookies, {
      recoveryCode: ` ${code?.toUpperCase()} `,
    });
    expect(used.statusCode).toBe(200);
    const status = ZSecondFactorStatus.parse((await get("/api/account/second-factor", cookieOf(used))).json());
    expect(status.recoveryCodesLeft).toBe(9);

    const second = await logInWithPassword(user.email);
    const again = await post("/api/sessions/current/second-factor", second.cookies, { recoveryCode: code });
    expect(again.statusCode).toBe(401);
  });

  it("regenerates the codes with a current code: the old ones stop working", async () => {
    const { user, secret, recoveryCodes, cookies } = await enrolThroughLogin();
    expect((await post("/api/account/second-factor/recovery-codes", {}, { code: "123456" })).statusCode).toBe(401);
    const wrong = await post("/api/account/second-factor/recovery-codes", cookies, { code: "000000" });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].pointer).toBe("/body/code");

    const regenerated = await post("/api/account/second-factor/recovery-codes", cookies, { code: nextCode(secret) });
    expect(regenerated.statusCode).toBe(200);
    const fresh: string[] = regenerated.json().recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[0]);

    const login = await logInWithPassword(user.email);
    const old = await post("/api/sessions/current/second-factor", login.cookies, { recoveryCode: recoveryCodes[1] });
    expect(old.statusCode).toBe(401);
    const now = await post("/api/sessions/current/second-factor", login.cookies, { recoveryCode: fresh[0] });
    expect(now.statusCode).toBe(200);
  });
});

describe("voluntary enrolment", () => {
  it("lets a user whose roles do not require it enrol; then their logins need it", async () => {
    const { user } = await buildUser(t.database.db, { role: "content_editor" });
    const { cookies } = await logInWithPassword(user.email);
    const before = ZSecondFactorStatus.parse((await get("/api/account/second-factor", cookies)).json());
    expect(before).toEqual({ isEnrolled: false, isRequired: false, confirmedAt: null, recoveryCodesLeft: 0 });

    const enrolment = ZTotpEnrolment.parse((await post("/api/account/second-factor/enrolment", cookies)).json());
    const wrong = await post("/api/account/second-factor/enrolment/confirmation", cookies, { code: "000000" });
    expect(wrong.statusCode).toBe(422);
    const confirmed = await post("/api/account/second-factor/enrolment/confirmation", cookies, {
      code: generateTotpCode(enrolment.secret),
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().recoveryCodes).toHaveLength(10);

    expect((await logInWithPassword(user.email)).user.stage).toBe("second_factor_required");
  });
});
