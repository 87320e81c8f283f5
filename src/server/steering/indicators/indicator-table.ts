import { type SQL, sql } from "drizzle-orm";
import type { TComputedIndicatorKey } from "../../../common/steering/concept.js";
import type {
  TIndicatorAxis,
  TIndicatorAxisItem,
  TIndicatorCell,
  TIndicatorTable,
  TIndicatorTableQuery,
} from "../../../common/steering/indicator-schemas.js";
import { indicatorDefinitions, indicatorValue } from "../../../common/steering/indicators.js";
import {
  emptySums,
  findSuppressedCells,
  isHidden,
  type TCellSums,
  totalKey,
} from "../../../common/steering/suppression.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { municipalities, municipalUnits } from "../../platform/reference/reference-tables.js";
import { dimensionItems, municipalityItems, periodItems, type TLabelLanguage, unitItems } from "./indicator-axes.js";
import { steeringAggregates } from "./indicator-tables.js";

/** Who reads and in which language: the reach is a condition on `municipal_units` (the caller's district). */
export type TIndicatorReader = { reach: SQL; language: TLabelLanguage };

type TAxisOrNone = TIndicatorAxis | "none";

function axisExpression(axis: TAxisOrNone, query: TIndicatorTableQuery): SQL {
  if (axis === "period")
    return sql`to_char(date_trunc(${query.granularity}::text, ${steeringAggregates.month}::timestamp), 'YYYY-MM')`;
  if (axis === "unit") return sql`${municipalUnits.key}`;
  if (axis === "municipality") return sql`${steeringAggregates.municipalityAgs}`;
  if (axis === "dimension") return sql`${steeringAggregates.dimension}`;
  return sql`${totalKey}::text`;
}

/**
 * One indicator as a table: the pre-aggregated cells within the caller's district summed along the
 * rows and columns asked for, with row, column and grand totals, values computed by the indicator's
 * kind, and small counts suppressed (primary and secondary, suppression.ts) before anything leaves.
 */
export async function readIndicatorTable(
  db: TDbExecutor,
  reader: TIndicatorReader,
  key: TComputedIndicatorKey,
  query: TIndicatorTableQuery,
  refreshedAt: string | null,
): Promise<TIndicatorTable> {
  const definition = indicatorDefinitions[key];
  const rowExpression = axisExpression(query.rows, query);
  const columnExpression = axisExpression(query.columns, query);
  const result = await db.execute<{ row: string; column: string; count: string; hits: string; sum: number }>(sql`
    select ${rowExpression} as row, ${columnExpression} as column,
      sum(${steeringAggregates.count})::text as count, sum(${steeringAggregates.hits})::text as hits,
      sum(${steeringAggregates.sum})::float8 as sum
    from ${steeringAggregates}
      join ${municipalities} on ${municipalities.ags} = ${steeringAggregates.municipalityAgs}
      join ${municipalUnits} on ${municipalUnits.key} = ${municipalities.municipalUnitKey}
    where ${steeringAggregates.indicatorKey} = ${key}
      and ${steeringAggregates.month} between ${`${query.from}-01`}::date and ${`${query.to}-01`}::date
      and ${reader.reach}
      ${query.unit ? sql`and ${municipalUnits.key} = ${query.unit}` : sql``}
      ${query.dimension !== undefined ? sql`and ${steeringAggregates.dimension} = ${query.dimension}` : sql``}
    group by 1, 2`);
  const sums = new Map<string, TCellSums>();
  const present = { rows: new Set<string>(), columns: new Set<string>() };
  for (const row of result.rows) {
    sums.set(`${row.row}\u0000${row.column}`, { count: Number(row.count), hits: Number(row.hits), sum: row.sum });
    present.rows.add(row.row);
    present.columns.add(row.column);
  }
  const rowItems = await axisItems(db, reader, query.rows, query, definition.dimension, present.rows);
  const columnItems =
    query.columns === "none"
      ? []
      : await axisItems(db, reader, query.columns, query, definition.dimension, present.columns);
  const table = buildSumTable(
    rowItems.map((item) => item.key),
    columnItems.map((item) => item.key),
    sums,
  );
  const hidden = findSuppressedCells(definition.kind, table);
  const cellOf = (row: string, column: string): TIndicatorCell => {
    if (isHidden(hidden, row, column)) return { value: null, count: null, suppressed: true };
    const cell = table.get(row, column);
    const value = indicatorValue(definition.kind, cell);
    return { value: value === null ? null : Math.round(value * 10) / 10, count: cell.count, suppressed: false };
  };
  return {
    indicatorKey: key,
    kind: definition.kind,
    dimension: definition.dimension,
    from: query.from,
    to: query.to,
    granularity: query.granularity,
    rowAxis: query.rows,
    columnAxis: query.columns,
    columns: columnItems,
    rows: rowItems.map((item) => ({
      ...item,
      cells: columnItems.map((column) => cellOf(item.key, column.key)),
      total: cellOf(item.key, totalKey),
    })),
    columnTotals: columnItems.map((column) => cellOf(totalKey, column.key)),
    total: cellOf(totalKey, totalKey),
    refreshedAt,
  };
}

async function axisItems(
  db: TDbExecutor,
  reader: TIndicatorReader,
  axis: TIndicatorAxis,
  query: TIndicatorTableQuery,
  dimension: (typeof indicatorDefinitions)[TComputedIndicatorKey]["dimension"],
  present: ReadonlySet<string>,
): Promise<TIndicatorAxisItem[]> {
  if (axis === "period") return periodItems(query.from, query.to, query.granularity);
  if (axis === "unit") return unitItems(db, reader.reach, query.unit);
  if (axis === "municipality") return municipalityItems(db, reader.reach, query.unit);
  const items = await dimensionItems(db, dimension, reader.language, present);
  return query.dimension === undefined ? items : items.filter((item) => item.key === query.dimension);
}

/** The cells with every row's, column's and the grand total summed from them. */
function buildSumTable(rows: string[], columns: string[], sums: Map<string, TCellSums>) {
  const cell = (row: string, column: string) => sums.get(`${row}\u0000${column}`) ?? emptySums;
  const add = (a: TCellSums, b: TCellSums): TCellSums => ({
    count: a.count + b.count,
    hits: a.hits + b.hits,
    sum: a.sum + b.sum,
  });
  const columnKeys = columns.length === 0 ? [totalKey] : columns;
  const rowTotal = (row: string) => columnKeys.map((column) => cell(row, column)).reduce(add, emptySums);
  const columnTotal = (column: string) => rows.map((row) => cell(row, column)).reduce(add, emptySums);
  const grand = rows.map(rowTotal).reduce(add, emptySums);
  return {
    rows,
    columns,
    get(row: string, column: string): TCellSums {
      if (row === totalKey && column === totalKey) return grand;
      if (row === totalKey) return columnTotal(column);
      if (column === totalKey) return rowTotal(row);
      return cell(row, column);
    },
  };
}
