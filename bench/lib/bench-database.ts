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
 * server URL a fresh `kommmit_bench_<id>` database on that PostgreSQL server. dispose() removes it,
 * unless it is to be kept (to measure its data again later) or is an existing one being reused.
 */
export async function createBenchDatabase(
  serverUrl: string | undefined,
  options: { reuseUrl?: string; isKept: boolean } = { isKept: false },
): Promise<TBenchDatabase> {
  if (options.reuseUrl) {
    const url = new URL(options.reuseUrl);
    return {
      kind: "server",
      environment: { DATABASE_URL: options.reuseUrl },
      location: `existing database ${url.pathname.slice(1)} on ${url.host} (reused, not seeded, kept)`,
      dispose: async () => {},
    };
  }
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
    location: `database ${scratch.name} on ${new URL(serverUrl).host}${options.isKept ? " (kept afterwards)" : ""}`,
    dispose: options.isKept ? async () => {} : scratch.drop,
  };
}
