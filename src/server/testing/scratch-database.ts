import { randomBytes } from "node:crypto";
import pg from "pg";

/** A database on a PostgreSQL server that exists only for a test run, an e2e run or a bench run. */
export type TScratchDatabase = { name: string; url: string; drop(): Promise<void> };

export function createRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/** The same server, another database. */
export function buildDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the server's `postgres` database, which always exists. */
export async function runAdminStatement(serverUrl: string, statement: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: buildDatabaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    return await client.query(statement, values);
  } finally {
    await client.end();
  }
}

/**
 * pg's Pool.end() resolves before its sockets have closed; a forced drop right then terminates
 * those sessions. So wait briefly until the database's sessions have left, then force the rest.
 */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const sessions = await runAdminStatement(
      serverUrl,
      "select count(*)::int as count from pg_stat_activity where datname = $1",
      [name],
    );
    if ((sessions.rows[0]?.count ?? 0) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await runAdminStatement(serverUrl, `drop database if exists ${name} with (force)`);
}

/** Creates `<prefix>_<random>` (optionally as a copy of a template database). */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
  template?: string,
): Promise<TScratchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await runAdminStatement(serverUrl, `create database ${name}${template ? ` template ${template}` : ""}`);
  return { name, url: buildDatabaseUrl(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
