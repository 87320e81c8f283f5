import { sql } from "drizzle-orm";

/** `column in (...)` as a CHECK constraint body, for text columns that hold one of a fixed list. */
export function buildOneOfCheck(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(", ")})`);
}
