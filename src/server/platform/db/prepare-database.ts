import type pg from "pg";
import { seedReferenceData, type TReferenceCounts } from "../reference/seed-reference-data.js";
import { applyMigrations, withSchemaLock } from "./migrate.js";

/** What every start does before serving: migrate, then refresh reference data — one instance at a time. */
export function prepareDatabase(pool: pg.Pool): Promise<TReferenceCounts> {
  return withSchemaLock(pool, async (db) => {
    await applyMigrations(db);
    return seedReferenceData(db);
  });
}
