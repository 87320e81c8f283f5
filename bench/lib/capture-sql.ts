import { drizzle } from "drizzle-orm/node-postgres";
import type pg from "pg";
import type { TDb } from "../../src/server/platform/db/database.js";
import * as schema from "../../src/server/schema.js";

export type TStatement = { text: string; values: unknown[] };

/**
 * Runs `work` once against a drizzle instance that records every statement it sends, and answers
 * the one statement it sent. A baseline then runs exactly that SQL through `pg`, so it stays identical
 * to what the service function generates, whenever the service changes.
 */
export async function captureStatement(pool: pg.Pool, work: (db: TDb) => Promise<unknown>): Promise<TStatement> {
  const statements: TStatement[] = [];
  const recordingDb = drizzle(pool, {
    schema,
    logger: { logQuery: (text, values) => statements.push({ text, values }) },
  });
  await work(recordingDb);
  const [statement] = statements;
  if (statement === undefined || statements.length !== 1) {
    throw new Error(`expected the work to send exactly one statement, it sent ${statements.length}`);
  }
  return statement;
}
