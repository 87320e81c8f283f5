import { describe, expect, it } from "vitest";
import { findSuppressedCells, isHidden, isPrimarySuppressed, type TCellSums, totalKey } from "./suppression.js";

/** A count table from a grid of counts, with the totals summed. */
function countTable(rows: string[], columns: string[], counts: number[][]) {
  const at = (row: string, column: string): number => {
    const rowIndexes = row === totalKey ? rows.map((_, index) => index) : [rows.indexOf(row)];
    const everyColumn = columns.length === 0 ? [0] : columns.map((_, index) => index);
    const columnIndexes = column === totalKey ? everyColumn : [columns.indexOf(column)];
    let sum = 0;
    for (const r of rowIndexes) for (const c of columnIndexes) sum += counts[r]?.[c] ?? 0;
    return sum;
  };
  return {
    rows,
    columns,
    get: (row: string, column: string): TCellSums => ({ count: at(row, column), hits: 0, sum: 0 }),
  };
}

describe("primary suppression", () => {
  it("hides counts from 1 to 4 and shows 0 and 5", () => {
    expect([0, 1, 4, 5].map((count) => isPrimarySuppressed("count", { count, hits: 0, sum: 0 }))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("hides a share whose hits or misses are few", () => {
    expect(isPrimarySuppressed("share", { count: 20, hits: 10, sum: 0 })).toBe(false);
    expect(isPrimarySuppressed("share", { count: 20, hits: 2, sum: 0 })).toBe(true);
    expect(isPrimarySuppressed("share", { count: 20, hits: 17, sum: 0 })).toBe(true);
    expect(isPrimarySuppressed("share", { count: 20, hits: 20, sum: 0 })).toBe(false);
    expect(isPrimarySuppressed("average", { count: 3, hits: 0, sum: 30 })).toBe(true);
  });
});

describe("secondary suppression", () => {
  it("hides a second cell in the row and the column of a small one, so totals do not give it away", () => {
    const table = countTable(
      ["a", "b", "c"],
      ["x", "y"],
      [
        [2, 10],
        [20, 30],
        [7, 8],
      ],
    );
    const hidden = findSuppressedCells("count", table);
    expect(isHidden(hidden, "a", "x")).toBe(true);
    // Row a: the only other cell is y (10); column x: the smallest other is c (7).
    expect(isHidden(hidden, "a", "y")).toBe(true);
    expect(isHidden(hidden, "c", "x")).toBe(true);
    // Column y now hides one (a) and needs another: c (8), then row c hides two.
    expect(isHidden(hidden, "c", "y")).toBe(true);
    expect(isHidden(hidden, "b", "x")).toBe(false);
    expect(isHidden(hidden, totalKey, totalKey)).toBe(false);
    assertNoLineHidesExactlyOne(table, hidden);
  });

  it("hides a second period of a series when one is small, preferring the smallest non-empty one", () => {
    const table = countTable(["2025-01", "2025-02", "2025-03", "2025-04"], [], [[3], [40], [0], [12]]);
    const hidden = findSuppressedCells("count", table);
    expect([...table.rows].filter((row) => isHidden(hidden, row, totalKey))).toEqual(["2025-01", "2025-04"]);
  });

  it("hides the total when a line has nothing else to hide", () => {
    const table = countTable(["only", "empty"], [], [[3], [0]]);
    const hidden = findSuppressedCells("count", table);
    expect(isHidden(hidden, "only", totalKey)).toBe(true);
    expect(isHidden(hidden, "empty", totalKey) || isHidden(hidden, totalKey, totalKey)).toBe(true);
  });

  it("hides nothing when every count is large enough", () => {
    const table = countTable(
      ["a", "b"],
      ["x", "y"],
      [
        [5, 6],
        [7, 0],
      ],
    );
    expect(findSuppressedCells("count", table).size).toBe(0);
  });
});

function assertNoLineHidesExactlyOne(table: ReturnType<typeof countTable>, hidden: Set<string>) {
  const rows = [...table.rows, totalKey];
  const columns = [...table.columns, totalKey];
  for (const row of rows) expect(columns.filter((column) => isHidden(hidden, row, column)).length).not.toBe(1);
  for (const column of columns) expect(rows.filter((row) => isHidden(hidden, row, column)).length).not.toBe(1);
}
