import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, TEST_PASSWORD } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { auditEvents } from "../audit/audit-tables.js";
import { authThrottles } from "./throttle/throttle-tables.js";

const env = {
  KOMMMIT_LOGIN_RATE_LIMIT: "1000",
  KOMMMIT_LOCKOUT_THRESHOLD: "3",
  KOMMMIT_LOCKOUT_ADDRESS_THRESHOLD: "500",
};

let t: TTestApp;
/** A second instance on the same database, as behind a load balancer. */
let second: TTestApp;
beforeAll(async () => {
  t = await createTestApp({ env });
  second = await createTestApp({ env, sharedDatabase: t.database });
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

function attempt(app: TTestApp, email: string, password = "not the password at all") {
  return app.app.inject({ method: "POST", url: "/api/sessions", payload: { email, password } });
}

async function buildSteeringUser() {
  const { user } = await buildUser(t.database.db, { role: "district_coordinator" });
  return user;
}

describe("login lockout", () => {
  it("locks an e-mail address after the threshold of failures, with 429 and Retry-After, audited", async () => {
    const user = await buildSteeringUser();
    for (let i = 0; i < 3; i++) expect((await attempt(t, user.email)).statusCode).toBe(401);
    const locked = await attempt(t, user.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(50);
    expect(locked.json().title).toBe("Zu viele fehlgeschlagene Versuche.");
    const events = await t.database.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, user.id), eq(auditEvents.action, "session.locked_out")));
    expect(events).toEqual([{ action: "session.locked_out", detail: { purpose: "login_email" } }]);
  });

  it("answers an unknown e-mail address exactly like a known one", async () => {
    const known = await buildSteeringUser();
    const unknown = `nobody-${crypto.randomUUID()}@test.kommmit.invalid`;
    const answers = async (email: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await attempt(t, email)).statusCode);
      const last = await attempt(t, email);
      return { statuses, title: last.json().title, hasRetryAfter: last.headers["retry-after"] !== undefined };
    };
    expect(await answers(unknown)).toEqual(await answers(known.email));
  });

  it("treats the address case-insensitively", async () => {
    const user = await buildSteeringUser();
    await attempt(t, user.email.toUpperCase());
    await attempt(t, user.email);
    await attempt(t, user.email.toUpperCase());
    expect((await attempt(t, user.email)).statusCode).toBe(429);
  });

  it("doubles the lockout after the next round of failures", async () => {
    const user = await buildSteeringUser();
    for (let i = 0; i < 3; i++) await attempt(t, user.email);
    await t.database.db.update(authThrottles).set({ lockedUntil: sql`now() - interval '1 second'` });
    for (let i = 0; i < 3; i++) expect((await attempt(t, user.email)).statusCode).toBe(401);
    const locked = await attempt(t, user.email);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(110);
  });

  it("starts the count over after a successful login", async () => {
    const user = await buildSteeringUser();
    await attempt(t, user.email);
    await attempt(t, user.email);
    expect((await attempt(t, user.email, TEST_PASSWORD)).statusCode).toBe(201);
    await attempt(t, user.email);
    await attempt(t, user.email);
    expect((await attempt(t, user.email, TEST_PASSWORD)).statusCode).toBe(201);
  });

  it("holds across instances: failures on one lock the address on the other", async () => {
    const user = await buildSteeringUser();
    expect((await attempt(t, user.email)).statusCode).toBe(401);
    expect((await attempt(second, user.email)).statusCode).toBe(401);
    expect((await attempt(t, user.email)).statusCode).toBe(401);
    expect((await attempt(second, user.email, TEST_PASSWORD)).statusCode).toBe(429);
  });

  it("locks a client address after its own, higher threshold", async () => {
    const strict = await createTestApp({
      env: { ...env, KOMMMIT_LOCKOUT_THRESHOLD: "100", KOMMMIT_LOCKOUT_ADDRESS_THRESHOLD: "3" },
    });
    try {
      const emails = ["a", "b", "c", "d"].map((name) => `${name}-${crypto.randomUUID()}@test.kommmit.invalid`);
      const statuses = [];
      for (const email of emails) statuses.push((await attempt(strict, email)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await strict.close();
    }
  });
});
