import { randomBytes } from "node:crypto";

export function testRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

export function templateDatabaseName(runId: string): string {
  return `kommmit_t_${runId}_template`;
}

/** The same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A database that always exists, to create and drop test databases from. */
export function adminUrl(serverUrl: string): string {
  return databaseUrl(serverUrl, "postgres");
}
