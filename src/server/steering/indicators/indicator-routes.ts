import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZIdParams } from "../../../common/platform/organisation-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { ZEmptyBody } from "../../../common/platform/user-schemas.js";
import { computedIndicatorKeys } from "../../../common/steering/concept.js";
import {
  ZAggregateRefresh,
  ZDashboard,
  ZDashboardQuery,
  ZIndicatorKeyParams,
  ZIndicatorTable,
  ZIndicatorTableQuery,
  ZPeriodIndicators,
} from "../../../common/steering/indicator-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import type { TJobQueue } from "../../platform/jobs/job-definition.js";
import { conceptCallerOf } from "../concept/concept-caller.js";
import { conceptPolicy } from "../concept/concept-policy.js";
import { readPeriod } from "../concept/concept-records.js";
import { readLatestRefresh, readRefreshedAt } from "./aggregate-refreshes.js";
import { aggregatesJobName } from "./aggregates-job.js";
import { indicatorPolicy } from "./indicator-policy.js";
import { indicatorReaderOf } from "./indicator-reader.js";
import { readIndicatorTables } from "./indicator-table.js";
import { readPeriodIndicators } from "./period-indicators.js";

const tags = ["steering"];
const problems = { 401: ZProblem, 403: ZProblem, 422: ZProblem };

/** The computed indicators as aggregates (docs/steering.md, "Indicators"): tables, the dashboard, refreshing. */
export const indicatorRoutes: FastifyPluginAsyncZod<{ db: TDb; jobs: TJobQueue }> = async (app, { db, jobs }) => {
  app.get(
    "/api/steering/indicators/:key/table",
    {
      config: { access: requires(indicatorPolicy, "read") },
      schema: {
        tags,
        summary: "One indicator summed along the rows and columns asked for, small counts suppressed",
        params: ZIndicatorKeyParams,
        querystring: ZIndicatorTableQuery,
        response: { 200: ZIndicatorTable, ...problems },
      },
    },
    async (request) => {
      const reader = indicatorReaderOf(request);
      const [table] = await readIndicatorTables(
        db,
        reader,
        [request.params.key],
        request.query,
        await readRefreshedAt(db),
      );
      return table;
    },
  );

  app.get(
    "/api/steering/dashboard",
    {
      config: { access: requires(indicatorPolicy, "read") },
      schema: {
        tags,
        summary: "Every computed indicator over time, district-wide or for one municipal unit",
        querystring: ZDashboardQuery,
        response: { 200: ZDashboard, ...problems },
      },
    },
    async (request) => {
      const reader = indicatorReaderOf(request);
      const refreshedAt = await readRefreshedAt(db);
      const query = { ...request.query, rows: "period" as const, columns: "none" as const };
      const indicators = await readIndicatorTables(db, reader, computedIndicatorKeys, query, refreshedAt);
      return { ...request.query, unit: request.query.unit ?? null, refreshedAt, indicators };
    },
  );

  app.get(
    "/api/steering/concept-periods/:id/indicators",
    {
      config: { access: requires(conceptPolicy, "read") },
      schema: {
        tags,
        summary: "Every sub-goal's indicator per year of the period, beside its baseline and targets",
        params: ZIdParams,
        response: { 200: ZPeriodIndicators, 404: ZProblem, ...problems },
      },
    },
    async (request) => {
      const period = await readPeriod(db, conceptCallerOf(request), request.params.id);
      return readPeriodIndicators(db, indicatorReaderOf(request), period);
    },
  );

  app.get(
    "/api/steering/indicators/refresh",
    {
      config: { access: requires(indicatorPolicy, "read") },
      schema: {
        tags,
        summary: "When the aggregates were last computed, how long it took and how many cells it wrote",
        response: { 200: ZAggregateRefresh, ...problems },
      },
    },
    () => readLatestRefresh(db),
  );

  app.post(
    "/api/steering/indicators/refresh",
    {
      config: { access: requires(indicatorPolicy, "refresh") },
      schema: {
        tags,
        summary: "Compute the aggregates again now (in the background; the answer names the job)",
        body: ZEmptyBody,
        response: { 202: ZAggregateRefresh, ...problems },
      },
    },
    async (_request, reply) => {
      const jobId = await jobs.send(aggregatesJobName, {});
      return reply.code(202).send({ ...(await readLatestRefresh(db)), jobId });
    },
  );
};
