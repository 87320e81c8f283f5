import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../db/database.js";
import { readMigrationStatus } from "../db/migrate.js";

const ZHealth = z.object({ status: z.literal("ok") });
const ZReadiness = z.object({
  status: z.enum(["ready", "not_ready"]),
  checks: z.object({
    database: z.enum(["ok", "unreachable"]),
    migrations: z.enum(["current", "pending", "unknown"]),
  }),
});

type TReadinessOptions = { database: TDatabase; isShuttingDown: () => boolean };

/** Liveness (the process answers) and readiness (it can serve: database reachable, schema current). */
export const healthRoutes: FastifyPluginAsyncZod<TReadinessOptions> = async (app, { database, isShuttingDown }) => {
  app.get(
    "/healthz",
    { schema: { tags: ["operations"], summary: "Liveness", response: { 200: ZHealth } } },
    async () => ({ status: "ok" as const }),
  );

  app.get(
    "/readyz",
    { schema: { tags: ["operations"], summary: "Readiness", response: { 200: ZReadiness, 503: ZReadiness } } },
    async (_request, reply) => {
      let databaseCheck: "ok" | "unreachable" = "ok";
      let migrations: "current" | "pending" | "unknown" = "unknown";
      try {
        const status = await readMigrationStatus(database.pool);
        migrations = status.isCurrent ? "current" : "pending";
      } catch {
        databaseCheck = "unreachable";
      }
      const isReady = databaseCheck === "ok" && migrations === "current" && !isShuttingDown();
      return reply
        .code(isReady ? 200 : 503)
        .send({ status: isReady ? "ready" : "not_ready", checks: { database: databaseCheck, migrations } });
    },
  );
};
