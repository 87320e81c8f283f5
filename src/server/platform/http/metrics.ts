import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type pg from "pg";
import client from "prom-client";
import { z } from "zod";

function isAuthorized(header: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function registerMetrics(app: FastifyInstance, pool: pg.Pool, token: string | undefined) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "kommmit_" });
  const requestDuration = new client.Histogram({
    name: "kommmit_http_request_duration_seconds",
    help: "Duration of HTTP requests by route, method and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new client.Gauge({
    name: "kommmit_db_pool_connections",
    help: "Database pool connections by state",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });

  app.addHook("onClose", async () => registry.clear());
  app.addHook("onResponse", async (request, reply) => {
    requestDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? "unmatched", status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get(
    "/metrics",
    {
      schema: {
        tags: ["operations"],
        summary: "Prometheus metrics (bearer token when KOMMMIT_METRICS_TOKEN is set)",
        response: { 200: z.string(), 401: z.null() },
      },
    },
    async (request, reply) => {
      if (token && !isAuthorized(request.headers.authorization, token)) {
        return reply.code(401).header("www-authenticate", "Bearer").send();
      }
      return reply.header("content-type", registry.contentType).send(await registry.metrics());
    },
  );
}
