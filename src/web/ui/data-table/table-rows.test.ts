import { describe, expect, test } from "vitest";
import { filterRows, normalizeForSearch, sortRows, type TColumn, toggleSort } from "./table-rows.js";

type TRow = { name: string; population: number | null; unit: string };

const rows: TRow[] = [
  { name: "Georgsmarienhütte", population: 31790, unit: "Georgsmarienhütte" },
  { name: "Ankum", population: 7768, unit: "Samtgemeinde Bersenbrück" },
  { name: "Bad Essen", population: 15982, unit: "Bad Essen" },
  { name: "Ösede", population: null, unit: "Georgsmarienhütte" },
];

const columns: TColumn<TRow>[] = [
  { key: "name", header: "Name", value: (row) => row.name },
  { key: "population", header: "Einwohner", value: (row) => row.population },
  { key: "unit", header: "Verwaltung", value: (row) => row.unit },
];

const collator = new Intl.Collator("de", { numeric: true, sensitivity: "base" });

describe("filterRows", () => {
  test("every word must occur in some column, case and diacritics ignored", () => {
    expect(filterRows(rows, columns, "bersenbruck").map((row) => row.name)).toEqual(["Ankum"]);
    expect(filterRows(rows, columns, "GEORGSMARIENHUTTE oesede").map((row) => row.name)).toEqual([]);
    expect(filterRows(rows, columns, "georgsmarienhutte osede").map((row) => row.name)).toEqual(["Ösede"]);
    expect(filterRows(rows, columns, "7768").map((row) => row.name)).toEqual(["Ankum"]);
  });

  test("an empty or blank query keeps all rows", () => {
    expect(filterRows(rows, columns, "")).toEqual(rows);
    expect(filterRows(rows, columns, "   ")).toEqual(rows);
  });
});

describe("sortRows", () => {
  test("sorts text by the language's collation (umlauts with their base letter)", () => {
    const sorted = sortRows(rows, (row) => row.name, "ascending", collator).map((row) => row.name);
    expect(sorted).toEqual(["Ankum", "Bad Essen", "Georgsmarienhütte", "Ösede"]);
  });

  test("sorts numbers numerically and keeps empty values last in both directions", () => {
    const ascending = sortRows(rows, (row) => row.population, "ascending", collator).map((row) => row.name);
    expect(ascending).toEqual(["Ankum", "Bad Essen", "Georgsmarienhütte", "Ösede"]);
    const descending = sortRows(rows, (row) => row.population, "descending", collator).map((row) => row.name);
    expect(descending).toEqual(["Georgsmarienhütte", "Bad Essen", "Ankum", "Ösede"]);
  });

  test("is stable and leaves the input untouched", () => {
    const input = [...rows];
    const sorted = sortRows(input, (row) => row.unit, "ascending", collator).map((row) => row.name);
    expect(sorted).toEqual(["Bad Essen", "Georgsmarienhütte", "Ösede", "Ankum"]);
    expect(input).toEqual(rows);
  });
});

describe("toggleSort", () => {
  test("the same column flips direction; another column starts ascending", () => {
    expect(toggleSort({ columnKey: "name", direction: "ascending" }, "name")).toEqual({
      columnKey: "name",
      direction: "descending",
    });
    expect(toggleSort({ columnKey: "name", direction: "descending" }, "name").direction).toBe("ascending");
    expect(toggleSort({ columnKey: "name", direction: "descending" }, "population")).toEqual({
      columnKey: "population",
      direction: "ascending",
    });
  });
});

test("normalizeForSearch folds case and diacritics", () => {
  expect(normalizeForSearch("Bersenbrück ÖSEDE")).toBe("bersenbruck osede");
});
