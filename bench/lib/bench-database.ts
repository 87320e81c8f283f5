import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { adminUrl, databaseUrl } from "../../src/server/testing/test-database-names.js";

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
  const name = `kommmit_bench_${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  await runAdminStatement(serverUrl, `create database ${name}`);
  return {
    kind: "server",
    environment: { DATABASE_URL: databaseUrl(serverUrl, name) },
    location: `database ${name} on ${new URL(serverUrl).host}`,
    dispose: () => dropDatabase(serverUrl, name),
  };
}

async function runAdminStatement(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(serverUrl), application_name: "kommmit-bench" });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * pg's Pool.end() resolves before its sockets have closed; a forced drop right then terminates those
 * sessions, and the pool raises the termination as an unhandled error. So wait (briefly) until the
 * app's sessions have left, and force only what is still there after that.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(serverUrl), application_name: "kommmit-bench" });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const sessions = await client.query<{ count: number }>(
        "select count(*)::int as count from pg_stat_activity where datname = $1",
        [name],
      );
      if ((sessions.rows[0]?.count ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}
