import { inject } from "vitest";
import { openDatabase, type TDatabase } from "../platform/db/database.js";
import { prepareDatabase } from "../platform/db/prepare-database.js";
import { createScratchDatabase } from "./scratch-database.js";

/**
 * A fresh, migrated database with reference data for one test file: an in-memory PGlite, or with
 * TEST_DATABASE_URL a new database on that PostgreSQL server cloned from the run's template.
 * Both go through the same openDatabase path the application uses.
 */
export async function createTestDatabase(): Promise<TDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ kind: "embedded", dataDir: undefined }, { poolSize: 4 });
    await prepareDatabase(database.pool);
    return database;
  }
  const scratch = await createScratchDatabase(
    serverUrl,
    `kommmit_t_${inject("testRunId")}`,
    inject("templateDatabase"),
  );
  const database = await openDatabase({ kind: "server", url: scratch.url }, { poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}
