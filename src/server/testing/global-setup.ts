import type { TestProject } from "vitest/node";
import { openDatabase } from "../platform/db/database.js";
import { prepareDatabase } from "../platform/db/prepare-database.js";
import { createRunId, createScratchDatabase, dropDatabase, runAdminStatement } from "./scratch-database.js";

declare module "vitest" {
  export interface ProvidedContext {
    testRunId: string;
    templateDatabase: string;
  }
}

/**
 * With TEST_DATABASE_URL set, builds one migrated template database per run; every test file then
 * clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of a migration run.
 */
export default async function setup(project: TestProject) {
  const runId = createRunId();
  project.provide("testRunId", runId);
  project.provide("templateDatabase", "");
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return;
  const template = await createScratchDatabase(serverUrl, `kommmit_t_${runId}_template`);
  const database = await openDatabase({ kind: "server", url: template.url }, { poolSize: 2 });
  await prepareDatabase(database.pool);
  await database.close();
  project.provide("templateDatabase", template.name);

  return async () => {
    const leftovers = await runAdminStatement(serverUrl, "select datname from pg_database where datname like $1", [
      `kommmit_t_${runId}%`,
    ]);
    for (const { datname } of leftovers.rows as { datname: string }[]) await dropDatabase(serverUrl, datname);
  };
}
