import type {
  TIndicatorAxisItem,
  TIndicatorCell,
  TIndicatorTable,
} from "../../../common/steering/indicator-schemas.js";
import { indicatorValue, type TIndicatorKind } from "../../../common/steering/indicators.js";
import {
  emptySums,
  findSuppressedCells,
  isHidden,
  type TCellSums,
  type TSumTable,
  totalKey,
} from "../../../common/steering/suppression.js";

const cellKey = (row: string, column: string) => `${row}\u0000${column}`;

/** Adds sums to a cell (administrations gather their municipalities' cells). */
export function addSums(sums: Map<string, TCellSums>, row: string, column: string, more: TCellSums): void {
  const before = sums.get(cellKey(row, column)) ?? emptySums;
  sums.set(cellKey(row, column), {
    count: before.count + more.count,
    hits: before.hits + more.hits,
    sum: before.sum + more.sum,
  });
}

const add = (a: TCellSums, b: TCellSums): TCellSums => ({
  count: a.count + b.count,
  hits: a.hits + b.hits,
  sum: a.sum + b.sum,
});

/** The cells with every row's, column's and the grand total summed from them. */
function buildSumTable(rows: string[], columns: string[], sums: Map<string, TCellSums>): TSumTable {
  const cell = (row: string, column: string) => sums.get(cellKey(row, column)) ?? emptySums;
  const columnKeys = columns.length === 0 ? [totalKey] : columns;
  const rowTotals = new Map(
    rows.map((row) => [row, columnKeys.map((column) => cell(row, column)).reduce(add, emptySums)]),
  );
  const columnTotals = new Map(
    columns.map((column) => [column, rows.map((row) => cell(row, column)).reduce(add, emptySums)]),
  );
  const grand = [...rowTotals.values()].reduce(add, emptySums);
  return {
    rows,
    columns,
    get(row, column) {
      if (row === totalKey && column === totalKey) return grand;
      if (row === totalKey) return columnTotals.get(column) ?? emptySums;
      if (column === totalKey) return rowTotals.get(row) ?? emptySums;
      return cell(row, column);
    },
  };
}

/** The table's rows, column totals and grand total as shown: values by kind, suppressed cells emptied. */
export function assembleTable(
  kind: TIndicatorKind,
  rowItems: TIndicatorAxisItem[],
  columnItems: TIndicatorAxisItem[],
  sums: Map<string, TCellSums>,
): Pick<TIndicatorTable, "columns" | "rows" | "columnTotals" | "total"> {
  const table = buildSumTable(
    rowItems.map((item) => item.key),
    columnItems.map((item) => item.key),
    sums,
  );
  const hidden = findSuppressedCells(kind, table);
  const cellOf = (row: string, column: string): TIndicatorCell => {
    if (isHidden(hidden, row, column)) return { value: null, count: null, suppressed: true };
    const cell = table.get(row, column);
    const value = indicatorValue(kind, cell);
    return { value: value === null ? null : Math.round(value * 10) / 10, count: cell.count, suppressed: false };
  };
  return {
    columns: columnItems,
    rows: rowItems.map((item) => ({
      ...item,
      cells: columnItems.map((column) => cellOf(item.key, column.key)),
      total: cellOf(item.key, totalKey),
    })),
    columnTotals: columnItems.map((column) => cellOf(totalKey, column.key)),
    total: cellOf(totalKey, totalKey),
  };
}
