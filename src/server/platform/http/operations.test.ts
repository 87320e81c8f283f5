import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("operations endpoints", () => {
  it("reports liveness and readiness with current migrations", async () => {
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).json()).toEqual({ status: "ok" });
    const ready = await t.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "current" } });
  });

  it("is not ready when a migration of this build is missing from the database", async () => {
    const { rows } = await t.database.pool.query<{ id: number }>(
      "select id from drizzle.__drizzle_migrations order by created_at desc limit 1",
    );
    const id = rows[0]?.id;
    const removed = await t.database.pool.query("delete from drizzle.__drizzle_migrations where id = $1 returning *", [
      id,
    ]);
    try {
      const ready = await t.app.inject({ method: "GET", url: "/readyz" });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().checks.migrations).toBe("pending");
    } finally {
      const row = removed.rows[0] as { id: number; hash: string; created_at: string };
      await t.database.pool.query(
        "insert into drizzle.__drizzle_migrations (id, hash, created_at) values ($1, $2, $3)",
        [row.id, row.hash, row.created_at],
      );
    }
  });

  it("exposes Prometheus metrics including request durations by route", async () => {
    await t.app.inject({ method: "GET", url: "/api/fields-of-action" });
    const metrics = await t.app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers["content-type"]).toMatch(/^text\/plain/);
    expect(metrics.body).toMatch(
      /kommmit_http_request_duration_seconds_count\{method="GET",route="\/api\/fields-of-action",status="200"\} \d+/,
    );
    expect(metrics.body).toContain('kommmit_db_pool_connections{state="total"}');
  });

  it("protects metrics with a bearer token when one is configured", async () => {
    const secured = await createTestApp({ env: { KOMMMIT_METRICS_TOKEN: "a-metrics-token-of-length" } });
    try {
      expect((await secured.app.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
      const allowed = await secured.app.inject({
        method: "GET",
        url: "/metrics",
        headers: { authorization: "Bearer a-metrics-token-of-length" },
      });
      expect(allowed.statusCode).toBe(200);
    } finally {
      await secured.close();
    }
  });

  it("sets strict security headers", async () => {
    const response = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});
