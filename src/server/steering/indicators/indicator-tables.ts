import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { computedIndicatorKeys, type TComputedIndicatorKey } from "../../../common/steering/concept.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { municipalities } from "../../platform/reference/reference-tables.js";

/**
 * The computed indicators, pre-aggregated by the refresh job (refresh-aggregates.ts): per indicator,
 * month, municipality and dimension (field of action, close reason; empty when the indicator has
 * none) how many were counted, how many of them hit and the summed amount. Only persons who consented
 * to statistics are in here, and no row names a person; dashboards sum these rows.
 */
export const steeringAggregates = pgTable(
  "steering_aggregates",
  {
    indicatorKey: text("indicator_key").$type<TComputedIndicatorKey>().notNull(),
    month: date("month").notNull(),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    dimension: text("dimension").notNull().default(""),
    count: bigint("count", { mode: "number" }).notNull(),
    hits: bigint("hits", { mode: "number" }).notNull(),
    sum: doublePrecision("sum").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.indicatorKey, table.month, table.municipalityAgs, table.dimension] }),
    check("steering_aggregates_indicator_key", buildOneOfCheck("indicator_key", computedIndicatorKeys)),
    check("steering_aggregates_month", sql`extract(day from month) = 1`),
  ],
);

/** Each completed refresh of the aggregates: when, how long it took and how many rows it wrote. */
export const steeringAggregateRefreshes = pgTable(
  "steering_aggregate_refreshes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }).notNull().defaultNow(),
    durationMs: integer("duration_ms").notNull(),
    rowCount: integer("row_count").notNull(),
  },
  (table) => [index("steering_aggregate_refreshes_finished").on(table.finishedAt)],
);
