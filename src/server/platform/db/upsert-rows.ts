import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { TDb } from "./database.js";

type TTransaction = Parameters<Parameters<TDb["transaction"]>[0]>[0];

/**
 * Inserts rows or, where the key exists, overwrites every other column with the new row's value
 * (columns a row leaves out take their defaults): the database then holds exactly what the rows say.
 */
export async function upsertRows<TTable extends PgTable>(
  db: TDb | TTransaction,
  table: TTable,
  key: PgColumn,
  rows: TTable["$inferInsert"][],
): Promise<void> {
  if (rows.length === 0) return;
  const set: Record<string, SQL> = {};
  for (const [property, column] of Object.entries(getTableColumns(table))) {
    if (column.name !== key.name) set[property] = sql.raw(`excluded."${column.name}"`);
  }
  await db.insert(table).values(rows).onConflictDoUpdate({ target: key, set });
}
