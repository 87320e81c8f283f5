import path from "node:path";
import { fileURLToPath } from "node:url";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type pg from "pg";
import * as schema from "../../schema.js";
import type { TDb } from "./database.js";

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../migrations");

/** Any fixed number; it only has to be the same in every KommMit process. */
const SCHEMA_LOCK_KEY = 4_711_2018;

/**
 * Runs `work` on one connection holding a session-level advisory lock, so several instances
 * starting at once against one PostgreSQL server change the schema and reference data one after
 * the other, never concurrently (concurrent upserts of the same rows can deadlock).
 */
export async function withSchemaLock<T>(pool: pg.Pool, work: (db: TDb) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [SCHEMA_LOCK_KEY]);
    try {
      return await work(drizzle(client, { schema }));
    } finally {
      await client.query("select pg_advisory_unlock($1)", [SCHEMA_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/** Applies pending migrations; call inside withSchemaLock. */
export async function applyMigrations(db: TDb): Promise<void> {
  await migrate(db, { migrationsFolder });
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
