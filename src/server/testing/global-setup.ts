import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../platform/db/database.js";
import { prepareDatabase } from "../platform/db/prepare-database.js";
import { createRunId, createScratchDatabase, dropDatabase, runAdminStatement } from "./scratch-database.js";

declare module "vitest" {
  export interface ProvidedContext {
    testRunId: string;
    templateDatabase: string;
    /** PGlite: a file with the dumped data directory of a migrated database ("" with a server). */
    embeddedTemplate: string;
  }
}

/**
 * PGlite: migrates one in-memory database and dumps its data directory to a file, which every test
 * file's database is loaded from (no initdb, no migration run per file).
 */
async function buildEmbeddedTemplate(runId: string): Promise<string> {
  const database = await openDatabase({ kind: "embedded", dataDir: undefined }, { poolSize: 1 });
  const file = join(tmpdir(), `kommmit-test-${runId}.tar`);
  try {
    await prepareDatabase(database.pool);
    if (!database.dumpDataDir) throw new Error("an embedded database that cannot be dumped");
    const dump = await database.dumpDataDir();
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
  return file;
}

/**
 * One migrated template per run. With TEST_DATABASE_URL a template database on the server that every
 * test file clones (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of a migration run;
 * else a PGlite data directory dumped to a file that every test file's database is loaded from.
 */
export default async function setup(project: TestProject) {
  const runId = createRunId();
  project.provide("testRunId", runId);
  project.provide("templateDatabase", "");
  project.provide("embeddedTemplate", "");
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const file = await buildEmbeddedTemplate(runId);
    project.provide("embeddedTemplate", file);
    return async () => {
      await rm(file, { force: true });
    };
  }
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
