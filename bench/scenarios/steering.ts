import { eq, sql } from "drizzle-orm";
import { computedIndicatorKeys } from "../../src/common/steering/concept.js";
import type { TDashboard } from "../../src/common/steering/indicator-schemas.js";
import { users } from "../../src/server/platform/auth/auth-tables.js";
import { SESSION_COOKIE } from "../../src/server/platform/auth/session-cookie.js";
import { createSession } from "../../src/server/platform/auth/session-service.js";
import { municipalities, municipalUnits } from "../../src/server/platform/reference/reference-tables.js";
import { aggregateSources, buildCountedPersons } from "../../src/server/steering/indicators/aggregate-sources.js";
import { refreshAggregates } from "../../src/server/steering/indicators/refresh-aggregates.js";
import type { TScenario } from "../lib/scenario.js";
import { generateSteeringEvents } from "./steering-data.js";

const from = "2022-01";
const to = "2026-12";

/**
 * The naive way to the dashboard's figures: every indicator's query straight over the platform's
 * tables (consent checked per person), summed by indicator and quarter within the district — what
 * the dashboard would cost without the pre-aggregated cells.
 */
const naiveDashboard = sql`select s.indicator_key, date_trunc('quarter', s.month)::date as quarter,
    sum(s.count)::bigint as count, sum(s.hits)::bigint as hits, sum(s.sum)::float8 as sum
  from (${sql.join(
    computedIndicatorKeys.map((key) => aggregateSources[key](sql`(${buildCountedPersons()})`)),
    sql` union all `,
  )}) as s (indicator_key, month, municipality_ags, dimension, count, hits, sum)
    join ${municipalities} on ${municipalities.ags} = s.municipality_ags
    join ${municipalUnits} on ${municipalUnits.key} = ${municipalities.municipalUnitKey}
  where s.month between ${`${from}-01`}::date and ${`${to}-01`}::date and ${municipalUnits.districtAgs} = '03459'
  group by 1, 2`;

/**
 * Steering (issue 8: a dashboard's data under 500 ms on PostgreSQL over 1,000,000 persons and
 * 10,000,000 case events): GET /api/steering/dashboard — every computed indicator by quarter over five
 * years, summed from the pre-aggregated cells, with totals, suppression and labels — against the naive
 * aggregate query computing the same sums from the platform's tables. The refresh that writes the
 * cells is timed once and reported as a figure.
 */
export const steeringDashboardScenario: TScenario = {
  name: "steering-dashboard",
  description: "GET /api/steering/dashboard (pre-aggregated cells) vs the naive aggregate query over the case events",
  connections: 1,
  async setUp({ server }) {
    const { db, pool } = server.database;
    const generatedAt = performance.now();
    const generated = await generateSteeringEvents(pool);
    const generationMs = performance.now() - generatedAt;
    const refresh = await refreshAggregates(db);
    const [coordinator] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "coordinator@demo.kommmit.invalid"));
    if (!coordinator) throw new Error("steering-dashboard needs the demo coordinator");
    const token = await createSession(
      db,
      coordinator.id,
      { idleMinutes: 120, absoluteHours: 12 },
      { ipAddress: "127.0.0.1", userAgent: "bench" },
    );
    const url = `${server.url}/api/steering/dashboard?from=${from}&to=${to}&granularity=quarter`;
    const headers = { cookie: `${SESSION_COOKIE}=${token}` };
    const response = await fetch(url, { headers });
    if (response.status !== 200) throw new Error(`steering-dashboard: ${response.status} ${await response.text()}`);
    const dashboard = (await response.json()) as TDashboard;
    const naive = await db.execute<{ indicator_key: string; count: string }>(naiveDashboard);
    for (const indicator of dashboard.indicators) {
      const expected = naive.rows
        .filter((row) => row.indicator_key === indicator.indicatorKey)
        .reduce((sum, row) => sum + Number(row.count), 0);
      if (!indicator.total.suppressed && indicator.total.count !== expected) {
        throw new Error(`steering-dashboard: ${indicator.indicatorKey} ${indicator.total.count} vs naive ${expected}`);
      }
    }
    const caseEvents = Object.entries(generated)
      .filter(([table]) => table !== "persons")
      .reduce((sum, [, count]) => sum + count, 0);
    return {
      subject: {
        label: "GET /api/steering/dashboard (9 indicators × 20 quarters)",
        workload: { kind: "http", url, headers },
      },
      baseline: {
        label: "naive aggregate query over the platform's tables",
        workload: { kind: "call", call: () => db.execute(naiveDashboard) },
      },
      figures: {
        caseEventsGenerated: caseEvents,
        ...Object.fromEntries(Object.entries(generated).map(([table, count]) => [`generated_${table}`, count])),
        generationMs: Math.round(generationMs),
        refreshMs: refresh.durationMs,
        aggregateCells: refresh.rowCount,
      },
    };
  },
};
