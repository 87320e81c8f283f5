import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { drizzle, type NodePgDatabase, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import type { PgDatabase } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "../../schema.js";
import { lockDataDir, type TDataDirLock } from "./data-dir-lock.js";
import { pgliteExtensions } from "./extensions.js";
import { createInvalidations, type TInvalidations } from "./invalidations.js";
import { cacheStatementsOf } from "./statement-cache.js";

export type TDbSchema = typeof schema;
export type TDb = NodePgDatabase<TDbSchema>;
/** The database or a transaction on it: what functions take that must also work inside a caller's transaction. */
export type TDbExecutor = PgDatabase<NodePgQueryResultHKT, TDbSchema>;

export type TDatabaseTarget =
  | { kind: "server"; url: string }
  /**
   * dataDir undefined keeps the embedded database in memory (tests); template is a data directory
   * dumped by PGlite to start from instead of an empty one (a migrated test database).
   */
  | { kind: "embedded"; dataDir: string | undefined; template?: Blob };

export type TDatabase = {
  kind: TDatabaseTarget["kind"];
  db: TDb;
  pool: pg.Pool;
  /** Change announcements for in-process caches; every pooled connection listens to them. */
  invalidations: TInvalidations;
  /** Embedded only: the data directory as PGlite dumps it, to start other databases from (test templates). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
};

type TOpenOptions = {
  poolSize?: number;
  /** Told when an idle pooled connection dies (server restart, terminated backend); the pool replaces it. */
  onConnectionError?: (error: Error) => void;
};

/**
 * Every new connection prepares its repeated statements and listens for invalidations before it
 * serves a query. Without an 'error' listener, node-postgres would crash the process on an idle
 * connection's error.
 */
function createPool(
  config: pg.PoolConfig,
  options: TOpenOptions,
  invalidations: TInvalidations,
  beforeUse: (client: pg.ClientBase) => Promise<void> = async () => undefined,
): pg.Pool {
  const pool = new pg.Pool({
    ...config,
    onConnect: async (client) => {
      await beforeUse(client);
      cacheStatementsOf(client);
      await invalidations.listenOn(client);
    },
  });
  pool.on("error", (error) => options.onConnectionError?.(error));
  return pool;
}

/**
 * Opens the one data-access path KommMit uses: drizzle over node-postgres. In embedded mode the
 * PostgreSQL server is PGlite, served in-process on a loopback socket, so the pool, pg-boss and
 * every query behave exactly as against a real server.
 */
export async function openDatabase(target: TDatabaseTarget, options: TOpenOptions = {}): Promise<TDatabase> {
  const poolSize = options.poolSize ?? 10;
  if (target.kind === "server") {
    const invalidations = createInvalidations({
      kind: "server",
      url: target.url,
      onError: (error) => options.onConnectionError?.(error),
    });
    const pool = createPool(
      { connectionString: target.url, max: poolSize, application_name: "kommmit" },
      options,
      invalidations,
    );
    const close = async () => {
      await invalidations.close();
      await pool.end();
    };
    await pool.query("select 1").catch(async (error: unknown) => {
      await close();
      throw error;
    });
    return { kind: "server", db: drizzle(pool, { schema }), pool, invalidations, close };
  }
  return openEmbedded(target, options);
}

/** Pools whose database no other process can open (embedded), where advisory locks have nothing to guard. */
const singleProcessPools = new WeakSet<pg.Pool>();

export function isSingleProcessPool(pool: pg.Pool): boolean {
  return singleProcessPools.has(pool);
}

/**
 * PGlite is one backend session behind the socket, and pglite-socket 0.2.17 interleaves the
 * extended-protocol messages of concurrent connections (unnamed statements, open transactions are
 * shared: electric-sql/pglite#1046), which under load gives wrong answers and hangs. So the
 * embedded pool has exactly one connection: queries queue in node-postgres instead, and a
 * transaction is truly isolated. Code must therefore never wait for a second pooled connection
 * while holding one (the same rule ARCHITECTURE.md states for transactions).
 */
async function openEmbedded(
  { dataDir, template }: Extract<TDatabaseTarget, { kind: "embedded" }>,
  options: TOpenOptions,
): Promise<TDatabase> {
  const lock: TDataDirLock | undefined = dataDir === undefined ? undefined : lockDataDir(dataDir);
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create({
      dataDir: dataDir === undefined ? undefined : `${dataDir}/pgdata`,
      extensions: pgliteExtensions,
      ...(template ? { loadDataDir: template } : {}),
    });
    const engine = pglite;
    const server = new PGLiteSocketServer({ db: engine, host: "127.0.0.1", port: 0, maxConnections: 4 });
    await server.start();
    const [host, port] = server.getServerConn().split(":");
    const invalidations = createInvalidations({ kind: "in-process" });
    // The one PGlite session outlives a socket connection, and with it the statements prepared on
    // it, which a new node-postgres client knows nothing of: it starts from none.
    const pool = createPool(
      { host, port: Number(port), user: "postgres", database: "postgres", max: 1 },
      options,
      invalidations,
      async (client) => {
        await client.query("deallocate all");
      },
    );
    singleProcessPools.add(pool);
    let isClosed = false;
    return {
      kind: "embedded",
      db: drizzle(pool, { schema }),
      pool,
      invalidations,
      dumpDataDir: () => engine.dumpDataDir("none"),
      async close() {
        if (isClosed) return;
        isClosed = true;
        await invalidations.close();
        await pool.end();
        await server.stop();
        await engine.close();
        lock?.release();
      },
    };
  } catch (error) {
    await pglite?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}
