import path from "node:path";
import { fileURLToPath } from "node:url";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type pg from "pg";
import * as schema from "../../schema.js";
import { advisoryLockKeys, withAdvisoryLock } from "./advisory-lock.js";
import type { TDb } from "./database.js";

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../migrations");

/**
 * Runs `work` under the schema lock, so instances starting at once against one PostgreSQL server
 * change the schema and reference data one after the other (concurrent upserts can deadlock).
 */
export function withSchemaLock<T>(pool: pg.Pool, work: (db: TDb) => Promise<T>): Promise<T> {
  return withAdvisoryLock(pool, advisoryLockKeys.schema, (client) => work(drizzle(client, { schema })));
}

/** Applies pending migrations; call inside withSchemaLock. */
export async function applyMigrations(db: TDb): Promise<void> {
  await migrate(db, { migrationsFolder });
}

export type TMigrationStatus = { isCurrent: boolean; applied: number; expected: number };

let shippedMigrationHashes: string[] | undefined;

/** The migrations of this build; read once, since probes ask often and the files never change at run time. */
function readShippedMigrationHashes(): string[] {
  shippedMigrationHashes ??= readMigrationFiles({ migrationsFolder }).map((migration) => migration.hash);
  return shippedMigrationHashes;
}

/** Compares what the database has applied with the migrations shipped in this build. */
export async function readMigrationStatus(pool: pg.Pool): Promise<TMigrationStatus> {
  const expected = readShippedMigrationHashes();
  const table = await pool.query<{ exists: boolean }>(
    "select to_regclass('drizzle.__drizzle_migrations') is not null as exists",
  );
  if (!table.rows[0]?.exists) return { isCurrent: expected.length === 0, applied: 0, expected: expected.length };
  const applied = await pool.query<{ hash: string }>("select hash from drizzle.__drizzle_migrations");
  const appliedHashes = new Set(applied.rows.map((row) => row.hash));
  const isCurrent = expected.every((hash) => appliedHashes.has(hash));
  return { isCurrent, applied: appliedHashes.size, expected: expected.length };
}
