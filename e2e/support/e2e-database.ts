import { createRunId, createScratchDatabase } from "../../src/server/testing/scratch-database.js";

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
  return createScratchDatabase(serverUrl, `kommmit_e2e_${createRunId()}`);
}
