import { readFile } from "node:fs/promises";
import { inject } from "vitest";
import { openDatabase, type TDatabase } from "../platform/db/database.js";
import { createScratchDatabase } from "./scratch-database.js";

let embeddedTemplate: Promise<Blob> | undefined;

/** The run's migrated PGlite data directory, read once per test file. */
function readEmbeddedTemplate(): Promise<Blob> {
  embeddedTemplate ??= readFile(inject("embeddedTemplate")).then((bytes) => new Blob([bytes]));
  return embeddedTemplate;
}

/**
 * A fresh, migrated database with reference data for one test file: an in-memory PGlite loaded from
 * the run's dumped template, or with
 * TEST_DATABASE_URL a new database on that PostgreSQL server cloned from the run's template.
 * Both go through the same openDatabase path the application uses.
 */
export async function createTestDatabase(): Promise<TDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const template = await readEmbeddedTemplate();
    return openDatabase({ kind: "embedded", dataDir: undefined, template }, { poolSize: 4 });
  }
  const scratch = await createScratchDatabase(
    serverUrl,
    `kommmit_t_${inject("testRunId")}`,
    inject("templateDatabase"),
  );
  const database = await openDatabase({ kind: "server", url: scratch.url }, { poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}
