import type pg from "pg";
import { modules } from "../../modules.js";
import { seedReferenceData, type TReferenceCounts } from "../reference/seed-reference-data.js";
import { applyMigrations, withSchemaLock } from "./migrate.js";

/**
 * What every start does before serving: migrate, then refresh reference data and the modules' seeded
 * data — one instance at a time.
 */
export function prepareDatabase(pool: pg.Pool): Promise<TReferenceCounts> {
  return withSchemaLock(pool, async (db) => {
    await applyMigrations(db);
    const counts = await seedReferenceData(db);
    for (const module of modules) await module.seed?.(db);
    return counts;
  });
}
