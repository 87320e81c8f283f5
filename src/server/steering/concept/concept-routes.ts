import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { TDb } from "../../platform/db/database.js";
import { conceptMeasureRoutes } from "./concept-measure-routes.js";
import { conceptPeriodRoutes } from "./concept-period-routes.js";
import { conceptStatementRoutes } from "./concept-statement-routes.js";
import { conceptSubGoalRoutes } from "./concept-sub-goal-routes.js";
import { conceptXlsxRoutes } from "./concept-xlsx-routes.js";

/** The integration concept's API under /api/steering/ (docs/steering.md). */
export const conceptRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  await app.register(conceptPeriodRoutes, { db });
  await app.register(conceptStatementRoutes, { db });
  await app.register(conceptSubGoalRoutes, { db });
  await app.register(conceptMeasureRoutes, { db });
  await app.register(conceptXlsxRoutes, { db });
};
