import { z } from "zod";
import { computedIndicatorKeys } from "./concept.js";
import { indicatorDimensions, indicatorGranularities, indicatorKinds } from "./indicators.js";

const ZMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM")
  .describe("A month, YYYY-MM");

/** The axes a table can be laid out along: time, the administrations, their municipalities, the dimension. */
export const indicatorAxes = ["period", "unit", "municipality", "dimension"] as const;
export type TIndicatorAxis = (typeof indicatorAxes)[number];

export const ZIndicatorKeyParams = z.strictObject({ key: z.enum(computedIndicatorKeys) });

/** Which cells to sum and how to lay them out; rows and columns must differ. */
export const ZIndicatorTableQuery = z
  .strictObject({
    from: ZMonth,
    to: ZMonth,
    granularity: z.enum(indicatorGranularities).default("month"),
    rows: z.enum(indicatorAxes).default("period"),
    columns: z.enum([...indicatorAxes, "none"]).default("none"),
    unit: z.string().min(1).max(20).optional().describe("Only this municipal unit's municipalities"),
    dimension: z.string().max(60).optional().describe("Only this field of action or close reason"),
  })
  .refine((query) => query.from <= query.to, { path: ["to"], message: "to before from" })
  .refine((query) => query.rows !== query.columns, { path: ["columns"], message: "rows and columns are the same" });
export type TIndicatorTableQuery = z.infer<typeof ZIndicatorTableQuery>;

export const ZDashboardQuery = z
  .strictObject({
    from: ZMonth,
    to: ZMonth,
    granularity: z.enum(indicatorGranularities).default("quarter"),
    unit: z.string().min(1).max(20).optional(),
  })
  .refine((query) => query.from <= query.to, { path: ["to"], message: "to before from" });
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

/** A shown cell: its value and how many it rests on; both null when suppressed (fewer than 5 behind it). */
export const ZIndicatorCell = z.object({
  value: z.number().nullable(),
  count: z.number().int().nullable(),
  suppressed: z.boolean(),
});
export type TIndicatorCell = z.infer<typeof ZIndicatorCell>;

export const ZIndicatorAxisItem = z.object({
  key: z.string(),
  label: z.string(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
});
export type TIndicatorAxisItem = z.infer<typeof ZIndicatorAxisItem>;

export const ZIndicatorTable = z.object({
  indicatorKey: z.enum(computedIndicatorKeys),
  kind: z.enum(indicatorKinds),
  dimension: z.enum(indicatorDimensions).nullable(),
  from: ZMonth,
  to: ZMonth,
  granularity: z.enum(indicatorGranularities),
  rowAxis: z.enum(indicatorAxes),
  columnAxis: z.enum([...indicatorAxes, "none"]),
  columns: z.array(ZIndicatorAxisItem),
  rows: z.array(ZIndicatorAxisItem.extend({ cells: z.array(ZIndicatorCell), total: ZIndicatorCell })),
  columnTotals: z.array(ZIndicatorCell),
  total: ZIndicatorCell,
  refreshedAt: z.string().nullable().describe("When the aggregates were last computed; null before the first time"),
});
export type TIndicatorTable = z.infer<typeof ZIndicatorTable>;

export const ZDashboard = z.object({
  from: ZMonth,
  to: ZMonth,
  granularity: z.enum(indicatorGranularities),
  unit: z.string().nullable(),
  refreshedAt: z.string().nullable(),
  indicators: z.array(ZIndicatorTable),
});
export type TDashboard = z.infer<typeof ZDashboard>;

export const ZAggregateRefresh = z.object({
  refreshedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  rowCount: z.number().int().nullable(),
  jobId: z.string().optional(),
});
export type TAggregateRefresh = z.infer<typeof ZAggregateRefresh>;

/** One year of a sub-goal's indicator: the value (computed district-wide or entered by hand) beside its target. */
export const ZSubGoalIndicatorYear = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  suppressed: z.boolean(),
  target: z.number().nullable(),
  source: z.string().nullable().describe("For a value entered by hand: where it comes from"),
});

/** A sub-goal's indicator over the period's years against its baseline and targets. */
export const ZSubGoalIndicator = z.object({
  subGoalId: z.string(),
  fieldOfActionCode: z.string(),
  number: z.number().int(),
  title: z.string(),
  indicatorDescription: z.string().nullable(),
  indicatorUnit: z.string().nullable(),
  source: z.enum(["computed", "manual", "none"]),
  indicatorKey: z.enum(computedIndicatorKeys).nullable(),
  baseline: z.object({ value: z.number(), year: z.number().int(), source: z.string().nullable() }).nullable(),
  years: z.array(ZSubGoalIndicatorYear),
});
export type TSubGoalIndicator = z.infer<typeof ZSubGoalIndicator>;

export const ZPeriodIndicators = z.object({
  periodId: z.string(),
  refreshedAt: z.string().nullable(),
  subGoals: z.array(ZSubGoalIndicator),
});
export type TPeriodIndicators = z.infer<typeof ZPeriodIndicators>;
