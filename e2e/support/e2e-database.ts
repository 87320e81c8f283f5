import { openDatabase } from "../../src/server/platform/db/database.js";
import { adminUrl, databaseUrl, testRunId } from "../../src/server/testing/test-database-names.js";

export type TE2eDatabase = {
  /** The DATABASE_URL for the server; undefined for the embedded database (PGlite). */
  url: string | undefined;
  drop(): Promise<void>;
};

/**
 * With TEST_DATABASE_URL, a fresh database on that PostgreSQL server for this run, dropped at
 * the end; without, the server opens its embedded database in the run's temporary data folder.
 */
export async function createE2eDatabase(): Promise<TE2eDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { url: undefined, drop: async () => undefined };
  const name = `kommmit_e2e_${testRunId()}`;
  const admin = await openDatabase({ kind: "server", url: adminUrl(serverUrl) }, { poolSize: 1 });
  try {
    await admin.pool.query(`create database ${name}`);
  } finally {
    await admin.close();
  }
  return {
    url: databaseUrl(serverUrl, name),
    async drop() {
      const cleanup = await openDatabase({ kind: "server", url: adminUrl(serverUrl) }, { poolSize: 1 });
      try {
        await cleanup.pool.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.close();
      }
    },
  };
}
