import path from "node:path";
import { fileURLToPath } from "node:url";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type pg from "pg";

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../migrations");

/** Any fixed number; it only has to be the same in every KommMit process. */
const MIGRATION_LOCK_KEY = 4_711_2018;

/**
 * Applies pending migrations under an advisory lock, so several instances starting at once
 * against one PostgreSQL server migrate exactly once.
 */
export async function migrateDatabase(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle(client), { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

export type TMigrationStatus = { isCurrent: boolean; applied: number; expected: number };

/** Compares what the database has applied with the migrations shipped in this build. */
export async function readMigrationStatus(pool: pg.Pool): Promise<TMigrationStatus> {
  const expected = readMigrationFiles({ migrationsFolder });
  const table = await pool.query<{ exists: boolean }>(
    "select to_regclass('drizzle.__drizzle_migrations') is not null as exists",
  );
  if (!table.rows[0]?.exists) return { isCurrent: expected.length === 0, applied: 0, expected: expected.length };
  const applied = await pool.query<{ hash: string }>("select hash from drizzle.__drizzle_migrations");
  const appliedHashes = new Set(applied.rows.map((row) => row.hash));
  const isCurrent = expected.every((migration) => appliedHashes.has(migration.hash));
  return { isCurrent, applied: appliedHashes.size, expected: expected.length };
}
