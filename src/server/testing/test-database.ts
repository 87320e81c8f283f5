import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { openDatabase, type TDatabase } from "../platform/db/database.js";
import { prepareDatabase } from "../platform/db/prepare-database.js";
import { adminUrl, databaseUrl, templateDatabaseName } from "./test-database-names.js";

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
  const runId = inject("testRunId");
  const name = `kommmit_t_${runId}_${randomBytes(4).toString("hex")}`;
  const admin = await openDatabase({ kind: "server", url: adminUrl(serverUrl) }, { poolSize: 1 });
  try {
    await admin.pool.query(`create database ${name} template ${templateDatabaseName(runId)}`);
  } finally {
    await admin.close();
  }
  const database = await openDatabase({ kind: "server", url: databaseUrl(serverUrl, name) }, { poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = await openDatabase({ kind: "server", url: adminUrl(serverUrl) }, { poolSize: 1 });
      try {
        await cleanup.pool.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.close();
      }
    },
  };
}
