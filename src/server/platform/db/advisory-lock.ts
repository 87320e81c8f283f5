import type pg from "pg";
import { isSingleProcessPool } from "./database.js";

/** Lock keys; any fixed numbers, the same in every KommMit process, one per purpose. */
export const advisoryLockKeys = { schema: 4_711_2018, demoSeed: 4_711_2019 } as const;
// 4_711_2020 is taken by the audit chain trigger (migrations/0003_audit_chain.sql).

/**
 * Runs `work` while one pooled connection holds a session-level advisory lock, so processes
 * starting at once against one PostgreSQL server take turns. A connection whose unlock failed is
 * destroyed rather than returned to the pool still holding the lock.
 */
export async function withAdvisoryLock<T>(
  pool: pg.Pool,
  key: number,
  work: (executor: pg.Pool | pg.PoolClient) => Promise<T>,
): Promise<T> {
  // An embedded database has one process and one connection: holding it here would starve `work`.
  if (isSingleProcessPool(pool)) return work(pool);
  const client = await pool.connect();
  let releaseError: Error | undefined;
  try {
    await client.query("select pg_advisory_lock($1)", [key]);
    try {
      return await work(client);
    } finally {
      await client.query("select pg_advisory_unlock($1)", [key]).catch((error: Error) => {
        releaseError = error;
      });
    }
  } finally {
    client.release(releaseError);
  }
}
