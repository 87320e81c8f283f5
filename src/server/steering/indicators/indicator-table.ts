import { inArray, type SQL, sql } from "drizzle-orm";
import type { TComputedIndicatorKey } from "../../../common/steering/concept.js";
import type {
  TIndicatorAxis,
  TIndicatorAxisItem,
  TIndicatorTable,
  TIndicatorTableQuery,
} from "../../../common/steering/indicator-schemas.js";
import { indicatorDefinitions, type TIndicatorDimension } from "../../../common/steering/indicators.js";
import { type TCellSums, totalKey } from "../../../common/steering/suppression.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import {
  dimensionItems,
  municipalityItems,
  periodItems,
  readPlaces,
  type TLabelLanguage,
  type TPlace,
  unitItems,
} from "./indicator-axes.js";
import { addSums, assembleTable } from "./indicator-table-assembly.js";
import { steeringAggregates } from "./indicator-tables.js";

/** Who reads and in which language: the reach is a condition on `municipal_units` (the caller's district). */
export type TIndicatorReader = { reach: SQL; language: TLabelLanguage };

type TAxisOrNone = TIndicatorAxis | "none";

/** What SQL groups by for an axis; administrations are grouped by municipality and folded together afterwards. */
function axisExpression(axis: TAxisOrNone, query: TIndicatorTableQuery): SQL {
  if (axis === "period")
    return sql`to_char(date_trunc(${query.granularity}::text, ${steeringAggregates.month}::timestamp), 'YYYY-MM')`;
  if (axis === "unit" || axis === "municipality") return sql`${steeringAggregates.municipalityAgs}`;
  if (axis === "dimension") return sql`${steeringAggregates.dimension}`;
  return sql`${totalKey}::text`;
}

/**
 * Indicators as tables: the pre-aggregated cells within the caller's district summed along the rows
 * and columns asked for (one query for all the indicators), with row, column and grand totals,
 * values computed by each indicator's kind, and small counts suppressed (primary and secondary,
 * suppression.ts) before anything leaves.
 */
export async function readIndicatorTables(
  db: TDbExecutor,
  reader: TIndicatorReader,
  keys: readonly TComputedIndicatorKey[],
  query: TIndicatorTableQuery,
  refreshedAt: string | null,
): Promise<TIndicatorTable[]> {
  const places = await readPlaces(db, reader.reach, query.unit);
  const unitOf = new Map(places.map((place) => [place.ags, place.unitKey]));
  const keyOn = (axis: TAxisOrNone, value: string) => (axis === "unit" ? (unitOf.get(value) ?? value) : value);
  const result = await db.execute<{
    key: string;
    row: string;
    column: string;
    count: string;
    hits: string;
    sum: number;
  }>(sql`
    select ${steeringAggregates.indicatorKey} as key, ${axisExpression(query.rows, query)} as row,
      ${axisExpression(query.columns, query)} as column,
      sum(${steeringAggregates.count})::text as count, sum(${steeringAggregates.hits})::text as hits,
      sum(${steeringAggregates.sum})::float8 as sum
    from ${steeringAggregates}
    where ${inArray(steeringAggregates.indicatorKey, [...keys])}
      and ${steeringAggregates.month} between ${`${query.from}-01`}::date and ${`${query.to}-01`}::date
      and ${
        places.length === 0
          ? sql`false`
          : inArray(
              steeringAggregates.municipalityAgs,
              places.map((place) => place.ags),
            )
      }
      ${query.dimension !== undefined ? sql`and ${steeringAggregates.dimension} = ${query.dimension}` : sql``}
    group by 1, 2, 3`);
  const tables: TIndicatorTable[] = [];
  for (const key of keys) {
    const definition = indicatorDefinitions[key];
    const sums = new Map<string, TCellSums>();
    const present = { rows: new Set<string>(), columns: new Set<string>() };
    for (const found of result.rows) {
      if (found.key !== key) continue;
      const row = keyOn(query.rows, found.row);
      const column = keyOn(query.columns, found.column);
      addSums(sums, row, column, { count: Number(found.count), hits: Number(found.hits), sum: found.sum });
      present.rows.add(row);
      present.columns.add(column);
    }
    const axis = { db, language: reader.language, query, dimension: definition.dimension, places };
    const rowItems = await axisItems(axis, query.rows, present.rows);
    const columnItems = query.columns === "none" ? [] : await axisItems(axis, query.columns, present.columns);
    tables.push({
      indicatorKey: key,
      kind: definition.kind,
      dimension: definition.dimension,
      from: query.from,
      to: query.to,
      granularity: query.granularity,
      rowAxis: query.rows,
      columnAxis: query.columns,
      ...assembleTable(definition.kind, rowItems, columnItems, sums),
      refreshedAt,
    });
  }
  return tables;
}

type TAxisContext = {
  db: TDbExecutor;
  language: TIndicatorReader["language"];
  query: TIndicatorTableQuery;
  dimension: TIndicatorDimension | null;
  places: TPlace[];
};

async function axisItems(
  context: TAxisContext,
  axis: TIndicatorAxis,
  present: ReadonlySet<string>,
): Promise<TIndicatorAxisItem[]> {
  const { query } = context;
  if (axis === "period") return periodItems(query.from, query.to, query.granularity);
  if (axis === "unit") return unitItems(context.places);
  if (axis === "municipality") return municipalityItems(context.places);
  const items = await dimensionItems(context.db, context.dimension, context.language, present);
  return query.dimension === undefined ? items : items.filter((item) => item.key === query.dimension);
}
