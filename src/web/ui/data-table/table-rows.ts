import type { ReactNode } from "react";

export type TSortDirection = "ascending" | "descending";
export type TSort = { columnKey: string; direction: TSortDirection };
export type TCellValue = string | number | null;

export type TColumn<TRow> = {
  key: string;
  header: string;
  /** What the column sorts and filters by. */
  value: (row: TRow) => TCellValue;
  /** What the cell shows, when it differs from the value (formatted numbers, lists). */
  render?: (row: TRow) => ReactNode;
  isNumeric?: boolean;
  isSortable?: boolean;
  /** Language of the cell content when it is not the UI language (German reference data). */
  lang?: string;
};

/** Lower case without diacritics, so "hutte" finds "Georgsmarienhütte". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** Rows where every word of the query occurs in some column. */
export function filterRows<TRow>(rows: readonly TRow[], columns: readonly TColumn<TRow>[], query: string): TRow[] {
  const terms = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = normalizeForSearch(
      columns
        .map((column) => column.value(row))
        .filter((value) => value !== null)
        .join(" "),
    );
    return terms.every((term) => text.includes(term));
  });
}

function compareValues(a: TCellValue, b: TCellValue, collator: Intl.Collator): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/** A stable sort; empty values go last in both directions, since they are never what one looks for. */
export function sortRows<TRow>(
  rows: readonly TRow[],
  value: (row: TRow) => TCellValue,
  direction: TSortDirection,
  collator: Intl.Collator,
): TRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((left, right) => {
    const a = value(left);
    const b = value(right);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return sign * compareValues(a, b, collator);
  });
}

/** Clicking the sorted column reverses it; another column starts ascending. */
export function toggleSort(current: TSort, columnKey: string): TSort {
  if (current.columnKey !== columnKey) return { columnKey, direction: "ascending" };
  return { columnKey, direction: current.direction === "ascending" ? "descending" : "ascending" };
}
