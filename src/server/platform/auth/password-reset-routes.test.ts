import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, TEST_PASSWORD } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { extractLinks, startSmtpTestServer, type TSmtpTestServer } from "../../testing/smtp-test-server.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { auditEvents } from "../audit/audit-tables.js";
import { users } from "./auth-tables.js";
import { singleUseTokens } from "./single-use-token-tables.js";

let smtp: TSmtpTestServer;
let t: TTestApp;
const newPassword = "Kuchenblech Tafelrunde 7";

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  t = await createTestApp({
    // The limit itself is tested below, on its own app.
    env: {
      KOMMMIT_SMTP_URL: smtp.url,
      KOMMMIT_MAIL_FROM: "KommMit <kommmit@lkos.test>",
      KOMMMIT_LOGIN_RATE_LIMIT: "1000",
    },
  });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

function requestReset(email: string) {
  return t.app.inject({ method: "POST", url: "/api/password-resets", payload: { email } });
}

/** Requests a reset for the address and returns the token from the mailed link. */
async function receiveResetToken(email: string): Promise<string> {
  const before = smtp.messages.length;
  expect((await requestReset(email)).statusCode).toBe(202);
  const mail = await smtp.waitForMail(
    (candidate) => candidate.envelopeTo.includes(email) && smtp.messages.indexOf(candidate) >= before,
  );
  const link = extractLinks(mail).find((candidate) => candidate.includes("/app/reset-password/")) ?? "";
  return link.split("/").pop() ?? "";
}

function completeReset(token: string, password: string, language = "de") {
  return t.app.inject({
    method: "POST",
    url: `/api/password-resets/${token}`,
    headers: { "accept-language": language },
    payload: { password },
  });
}

describe("requesting a reset", () => {
  it("answers 422 for a malformed address", async () => {
    const response = await requestReset("keine-adresse");
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].pointer).toBe("/body/email");
  });

  it("answers the same 202 for a known, an unknown and a deactivated address; mails only the known one", async () => {
    const { user } = await buildUser(t.database.db);
    const { user: inactive } = await buildUser(t.database.db, { isActive: false });
    const unknown = await requestReset("niemand@test.kommmit.invalid");
    const deactivated = await requestReset(inactive.email);
    const known = await requestReset(user.email.toUpperCase());
    expect([unknown.statusCode, deactivated.statusCode, known.statusCode]).toEqual([202, 202, 202]);
    expect(unknown.body).toBe(known.body);
    expect(deactivated.body).toBe(known.body);
    const mail = await smtp.waitForMail((candidate) => candidate.envelopeTo.includes(user.email));
    expect(mail.subject).toBe("KommMit: Passwort zurücksetzen");
    expect(mail.headers.get("from")).toContain("kommmit@lkos.test");
    expect(smtp.messages.some((candidate) => candidate.envelopeTo.includes("niemand@test.kommmit.invalid"))).toBe(
      false,
    );
    expect(smtp.messages.some((candidate) => candidate.envelopeTo.includes(inactive.email))).toBe(false);
    const requests = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "password_reset.request"))
      .orderBy(auditEvents.position);
    expect(requests.map((event) => event.detail.isKnownAccount)).toEqual([false, false, true]);
  });

  it("writes the mail in the recipient's language, with names escaped in the HTML part", async () => {
    const { user } = await buildUser(t.database.db);
    await t.database.db.update(users).set({ locale: "en", displayName: "<b>Eve</b>" }).where(eq(users.id, user.id));
    await receiveResetToken(user.email);
    const mail = await smtp.waitForMail((candidate) => candidate.envelopeTo.includes(user.email));
    expect(mail.subject).toBe("KommMit: reset your password");
    expect(mail.text).toContain("Hello <b>Eve</b>,");
    expect(mail.html).toContain("Hello &lt;b&gt;Eve&lt;/b&gt;,");
    expect(mail.html).not.toContain("<b>Eve</b>");
    expect(extractLinks(mail)[0]).toMatch(/^http:\/\/localhost(:\d+)?\/app\/reset-password\/[A-Za-z0-9_-]{43}$/);
  });
});

describe("using the link", () => {
  it("answers 422 for a malformed token", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/password-resets/short" })).statusCode).toBe(422);
  });

  it("checks the password policy before spending the link (422 at the field, in the request's language)", async () => {
    const { user } = await buildUser(t.database.db);
    const token = await receiveResetToken(user.email);
    const tooShort = await completeReset(token, "kurz");
    expect(tooShort.statusCode).toBe(422);
    expect(tooShort.json().errors[0].pointer).toBe("/body/password");
    const common = await completeReset(token, "passwort123456", "en");
    expect(common.statusCode).toBe(422);
    expect(common.json().errors[0]).toMatchObject({ pointer: "/body/password", code: "password_common" });
    expect(common.json().errors[0].detail).toContain("too common");
    expect((await t.app.inject({ method: "GET", url: `/api/password-resets/${token}` })).statusCode).toBe(200);
  });

  it("sets the password once, ends every session, and refuses a second use", async () => {
    const { user } = await buildUser(t.database.db);
    const oldSession = await signInAs(t.database.db, user.id);
    const token = await receiveResetToken(user.email);
    const check = await t.app.inject({ method: "GET", url: `/api/password-resets/${token}` });
    expect(check.json()).toEqual({ email: user.email });

    expect((await completeReset(token, newPassword)).statusCode).toBe(204);
    expect((await t.app.inject({ method: "GET", url: "/api/sessions/current", cookies: oldSession })).statusCode).toBe(
      401,
    );
    const login = (password: string) =>
      t.app.inject({ method: "POST", url: "/api/sessions", payload: { email: user.email, password } });
    expect((await login(TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(newPassword)).statusCode).toBe(201);

    const second = await completeReset(token, "noch ein anderes Passwort");
    expect(second.statusCode).toBe(404);
    expect(second.json().title).toBe("Dieser Link gilt nicht mehr.");
    expect((await t.app.inject({ method: "GET", url: `/api/password-resets/${token}` })).statusCode).toBe(404);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.action} = 'password_reset.complete' and ${auditEvents.subjectId} = ${user.id}`);
    expect(event?.actorUserId).toBe(user.id);
    expect(event?.detail).toEqual({ endedSessions: 1 });
  });

  it("refuses an expired link", async () => {
    const { user } = await buildUser(t.database.db);
    const token = await receiveResetToken(user.email);
    await t.database.db
      .update(singleUseTokens)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(singleUseTokens.userId, user.id));
    expect((await completeReset(token, newPassword)).statusCode).toBe(404);
  });

  it("keeps only the newest link working", async () => {
    const { user } = await buildUser(t.database.db);
    const older = await receiveResetToken(user.email);
    const newer = await receiveResetToken(user.email);
    expect(older).not.toBe(newer);
    expect((await completeReset(older, newPassword)).statusCode).toBe(404);
    expect((await completeReset(newer, newPassword)).statusCode).toBe(204);
  });

  it("stores only the token's hash", async () => {
    const { user } = await buildUser(t.database.db);
    const token = await receiveResetToken(user.email);
    const rows = await t.database.db.select().from(singleUseTokens).where(eq(singleUseTokens.userId, user.id));
    expect(rows.map((row) => row.tokenHash)).not.toContain(token);
    expect(rows).toHaveLength(1);
  });
});

describe("limits and configuration", () => {
  it("limits requests per client address (429)", async () => {
    const limited = await createTestApp({ env: { KOMMMIT_SMTP_URL: smtp.url, KOMMMIT_LOGIN_RATE_LIMIT: "1" } });
    try {
      const send = () =>
        limited.app.inject({ method: "POST", url: "/api/password-resets", payload: { email: "a@b.test" } });
      expect((await send()).statusCode).toBe(202);
      expect((await send()).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it("answers 503 'mail is not configured' on a server database without SMTP", async () => {
    const unconfigured = await createTestApp({ env: { DATABASE_URL: "postgres://unused@127.0.0.1:1/unused" } });
    try {
      const response = await unconfigured.app.inject({
        method: "POST",
        url: "/api/password-resets",
        headers: { "accept-language": "en" },
        payload: { email: "a@b.test" },
      });
      expect(response.statusCode).toBe(503);
      expect(response.json().title).toBe("Sending e-mail is not configured.");
    } finally {
      await unconfigured.close();
    }
  });

  it("locks out an address that keeps presenting bad links, on every instance of the database", async () => {
    const strict = await createTestApp({ env: { KOMMMIT_SMTP_URL: smtp.url, KOMMMIT_LOCKOUT_ADDRESS_THRESHOLD: "2" } });
    try {
      const guess = () =>
        strict.app.inject({ method: "GET", url: `/api/password-resets/${"x".repeat(43)}`, remoteAddress: "10.9.8.7" });
      expect((await guess()).statusCode).toBe(404);
      expect((await guess()).statusCode).toBe(404);
      const locked = await guess();
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
      const elsewhere = await strict.app.inject({
        method: "GET",
        url: `/api/password-resets/${"x".repeat(43)}`,
        remoteAddress: "10.9.8.6",
      });
      expect(elsewhere.statusCode).toBe(404);
    } finally {
      await strict.close();
    }
  });
});
