import { smallestShownCount, type TIndicatorKind } from "./indicators.js";

/** What a table cell sums up: how many counted, how many of them hit (shares), the summed amount (averages). */
export type TCellSums = { count: number; hits: number; sum: number };

/** The key of a row's or column's total in a table. */
export const totalKey = "total";

export const emptySums: TCellSums = { count: 0, hits: 0, sum: 0 };

const isSmall = (value: number) => value > 0 && value < smallestShownCount;

/**
 * Primary suppression: a count between 1 and 4 is not shown, nor is a value computed from one. A
 * share is also hidden when its hits or its misses are that few (5 of 6 would name the one).
 */
export function isPrimarySuppressed(kind: TIndicatorKind, sums: TCellSums): boolean {
  if (isSmall(sums.count)) return true;
  if (kind !== "share") return false;
  return isSmall(sums.hits) || isSmall(sums.count - sums.hits);
}

/**
 * A table of cells with its totals: `rows` × `columns`, each row's total under column `total`,
 * each column's total under row `total`, the grand total at (`total`, `total`). Without a column
 * breakdown, `columns` is empty and each row has only its total.
 */
export type TSumTable = {
  rows: readonly string[];
  columns: readonly string[];
  get(row: string, column: string): TCellSums;
};

const cellKey = (row: string, column: string) => `${row}\u0000${column}`;

/**
 * The cells to hide: first those primarily suppressed, then — secondary suppression — so many more
 * that no hidden cell can be recomputed from a total: every line (a row with its total, a column
 * with its total, the totals with the grand total) that hides one member hides a second. The second
 * is the line's smallest non-empty cell, then an empty one, then the line's total; repeated until
 * no line hides exactly one member.
 */
export function findSuppressedCells(kind: TIndicatorKind, table: TSumTable): Set<string> {
  const rowKeys = [...table.rows, totalKey];
  const columnKeys = table.columns.length === 0 ? [totalKey] : [...table.columns, totalKey];
  const hidden = new Set<string>();
  for (const row of rowKeys) {
    for (const column of columnKeys) {
      if (isPrimarySuppressed(kind, table.get(row, column))) hidden.add(cellKey(row, column));
    }
  }
  const lines: { members: [string, string][]; total: [string, string] }[] = [];
  for (const row of rowKeys) {
    if (table.columns.length > 0) {
      lines.push({ members: table.columns.map((column) => [row, column]), total: [row, totalKey] });
    }
  }
  for (const column of columnKeys) {
    lines.push({ members: table.rows.map((row) => [row, column]), total: [totalKey, column] });
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const all = [...line.members, line.total];
      if (all.filter(([row, column]) => hidden.has(cellKey(row, column))).length !== 1) continue;
      const partner = choosePartner(line.members, line.total, hidden, table);
      if (partner) {
        hidden.add(cellKey(partner[0], partner[1]));
        changed = true;
      }
    }
  }
  return hidden;
}

function choosePartner(
  members: [string, string][],
  total: [string, string],
  hidden: Set<string>,
  table: TSumTable,
): [string, string] | null {
  const open = members.filter(([row, column]) => !hidden.has(cellKey(row, column)));
  const byCount = open
    .map((member) => ({ member, count: table.get(member[0], member[1]).count }))
    .sort((a, b) => (a.count === 0 ? 1 : 0) - (b.count === 0 ? 1 : 0) || a.count - b.count);
  if (byCount[0]) return byCount[0].member;
  return hidden.has(cellKey(total[0], total[1])) ? null : total;
}

export function isHidden(hidden: Set<string>, row: string, column: string): boolean {
  return hidden.has(cellKey(row, column));
}
