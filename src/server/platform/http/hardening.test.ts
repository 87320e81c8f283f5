import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, TEST_PASSWORD } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { sessions } from "../auth/auth-tables.js";
import { SESSION_COOKIE } from "../auth/session-cookie.js";

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function countSessions(userId: string): Promise<number> {
  return (await t.database.db.select().from(sessions).where(eq(sessions.userId, userId))).length;
}

describe("hardening", () => {
  it("refuses a cookie-authenticated mutation from another site, and leaves the sessions alone", async () => {
    const { user } = await buildUser(t.database.db, { role: "content_editor" });
    const cookies = await signInAs(t.database.db, user.id);
    const logOutEverywhere = (headers: Record<string, string>) =>
      t.app.inject({ method: "DELETE", url: "/api/sessions", cookies, headers });

    const foreignOrigin = await logOutEverywhere({ origin: "https://evil.example" });
    expect(foreignOrigin.statusCode).toBe(403);
    expect(foreignOrigin.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect((await logOutEverywhere({ "sec-fetch-site": "cross-site" })).statusCode).toBe(403);
    expect(await countSessions(user.id)).toBe(1);

    const sameOrigin = await logOutEverywhere({
      "sec-fetch-site": "same-origin",
      host: "kommmit.test",
      origin: "http://kommmit.test",
    });
    expect(sameOrigin.statusCode).toBe(204);
    expect(await countSessions(user.id)).toBe(0);
  });

  it("keeps CORS closed: no cross-origin read or preflight is granted", async () => {
    const read = await t.app.inject({
      method: "GET",
      url: "/api/municipalities",
      headers: { origin: "https://evil.example" },
    });
    expect(read.headers["access-control-allow-origin"]).toBeUndefined();
    const preflight = await t.app.inject({
      method: "OPTIONS",
      url: "/api/sessions",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    expect(preflight.headers["access-control-allow-methods"]).toBeUndefined();
  });

  it("allows scripts only from our own origin (no inline scripts) and no framing", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/municipalities" });
    const policy = response.headers["content-security-policy"] as string;
    const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    expect(scriptSources.trim()).toBe("'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("marks the session cookie Secure when the public address is https", async () => {
    const secured = await createTestApp({ env: { KOMMMIT_PUBLIC_URL: "https://kommmit.example" } });
    try {
      const { user } = await buildUser(secured.database.db, { role: "content_editor" });
      const response = await secured.app.inject({
        method: "POST",
        url: "/api/sessions",
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      const cookie = response.cookies.find((candidate) => candidate.name === SESSION_COOKIE);
      expect(cookie?.secure).toBe(true);
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe("Strict");
    } finally {
      await secured.close();
    }
  });
});
