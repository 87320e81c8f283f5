import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createScratchDatabase } from "../../src/server/testing/scratch-database.js";

export type TBenchDatabase = {
  kind: "embedded" | "server";
  /** The KommMit environment variables that point the app at this database. */
  environment: Record<string, string>;
  /** Where the data lives, for the log: a folder or a database name (never a password). */
  location: string;
  dispose(): Promise<void>;
};

/**
 * A database that exists only for this run: an embedded PGlite in a temporary folder, or with a
 * server URL a fresh `kommmit_bench_<id>` database on that PostgreSQL server. dispose() removes it.
 */
export async function createBenchDatabase(serverUrl: string | undefined): Promise<TBenchDatabase> {
  if (!serverUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "kommmit-bench-"));
    return {
      kind: "embedded",
      environment: { KOMMMIT_DATA_DIR: dataDir },
      location: dataDir,
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const scratch = await createScratchDatabase(serverUrl, "kommmit_bench");
  return {
    kind: "server",
    environment: { DATABASE_URL: scratch.url },
    location: `database ${scratch.name} on ${new URL(serverUrl).host}`,
    dispose: scratch.drop,
  };
}
