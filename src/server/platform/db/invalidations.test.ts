import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../../testing/test-database.js";
import type { TDatabase } from "./database.js";
import { invalidationChannel, type TInvalidationListener } from "./invalidations.js";

let database: TDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

type TRecorder = TInvalidationListener & { heard: string[] };

function recordInvalidations(): TRecorder {
  const heard: string[] = [];
  return { heard, onInvalidate: (key) => heard.push(key), onReset: () => heard.push("reset") };
}

const announce = (executor: { query: pg.Pool["query"] }, payload: string) =>
  executor.query("select pg_notify($1, $2)", [invalidationChannel, payload]);

const isServer = process.env.TEST_DATABASE_URL !== undefined;

describe("invalidations", () => {
  it("tells a topic's subscribers of a change before the committing statement returns", async () => {
    const leaving = recordInvalidations();
    const staying = recordInvalidations();
    const unsubscribe = database.invalidations.subscribe("probe", leaving);
    database.invalidations.subscribe("probe", staying);
    await vi.waitFor(() => expect(database.invalidations.isListening()).toBe(true));
    await announce(database.pool, "probe:first");
    expect(leaving.heard).toContain("first");
    await announce(database.pool, "other-topic:second");
    unsubscribe();
    await announce(database.pool, "probe:third");
    expect(staying.heard).toEqual(expect.arrayContaining(["first", "third"]));
    expect(leaving.heard).not.toContain("second");
    expect(leaving.heard).not.toContain("third");
  });

  it("announces nothing of a transaction that rolls back", async () => {
    const recorder = recordInvalidations();
    const unsubscribe = database.invalidations.subscribe("probe", recorder);
    await vi.waitFor(() => expect(database.invalidations.isListening()).toBe(true));
    const client = await database.pool.connect();
    try {
      await client.query("begin");
      await announce(client, "probe:never");
      await client.query("rollback");
    } finally {
      client.release();
    }
    await announce(database.pool, "probe:after");
    expect(recorder.heard).toContain("after");
    expect(recorder.heard).not.toContain("never");
    unsubscribe();
  });

  it.runIf(isServer)("hears changes committed by another process on the same server", async () => {
    const recorder = recordInvalidations();
    const unsubscribe = database.invalidations.subscribe("probe", recorder);
    await vi.waitFor(() => expect(database.invalidations.isListening()).toBe(true));
    const { rows } = await database.pool.query<{ url: string }>("select current_database() as url");
    const url = new URL(process.env.TEST_DATABASE_URL ?? "");
    url.pathname = `/${rows[0]?.url}`;
    const otherProcess = new pg.Client({ connectionString: url.toString() });
    await otherProcess.connect();
    try {
      await announce(otherProcess, "probe:from-another-process");
      await vi.waitFor(() => expect(recorder.heard).toContain("from-another-process"));
    } finally {
      await otherProcess.end();
      unsubscribe();
    }
  });

  it.runIf(isServer)("stops vouching for changes while its listening connection is down, then resets", async () => {
    const recorder = recordInvalidations();
    const unsubscribe = database.invalidations.subscribe("probe", recorder);
    await vi.waitFor(() => expect(database.invalidations.isListening()).toBe(true));
    recorder.heard.length = 0;
    await database.pool.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where application_name = 'kommmit-invalidations' and datname = current_database()`,
    );
    await vi.waitFor(() => expect(recorder.heard).toContain("reset"));
    await vi.waitFor(() => expect(database.invalidations.isListening()).toBe(true), { timeout: 5000 });
    expect(recorder.heard.filter((entry) => entry === "reset").length).toBeGreaterThanOrEqual(2);
    unsubscribe();
  });
});
