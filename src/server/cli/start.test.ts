import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../platform/db/database.js";
import { migrationsFolder, readMigrationStatus } from "../platform/db/migrate.js";
import { createScratchDatabase } from "../testing/scratch-database.js";

/**
 * The real `npm start` entry point as a separate process: what an operator sees. Embedded mode
 * only, because the lock and the fsync-less data folder are what need proving here.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kommmit-start-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

type TStarted = { child: ChildProcessWithoutNullStreams; output: () => string; exit: Promise<number | null> };

function startProcess(extraEnv: Record<string, string> = {}): TStarted {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/cli/start.ts"], {
    env: {
      PATH: process.env.PATH,
      PORT: "0",
      KOMMMIT_DATA_DIR: dataDir,
      KOMMMIT_DEMO_DATA: "off",
      LOG_LEVEL: "info",
      ...extraEnv,
    },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function waitForUrl(started: TStarted): Promise<URL> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const match = started.output().match(/KommMit is running at (http:\/\/\S+?)\/app\//);
    if (match?.[1]) return new URL(match[1]);
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`did not start:\n${started.output()}`);
}

/** Sends a request's headers and half its body, so the request is in flight until `finish` is called. */
function startSlowLogin(url: URL) {
  const body = JSON.stringify({ email: "nobody@example.org", password: "a-long-wrong-password" });
  const socket = net.connect(Number(url.port), "127.0.0.1");
  let response = "";
  socket.on("data", (chunk) => {
    response += chunk.toString();
  });
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST /api/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`,
  );
  return {
    finish: () => socket.write(body.slice(half)),
    response: async () => {
      await closed;
      return response;
    },
  };
}

describe("npm start (embedded database)", () => {
  it("serves, refuses a second process on the same folder, and shuts down gracefully on SIGTERM", async () => {
    const first = startProcess();
    const url = await waitForUrl(first);
    expect(first.output()).toContain(`embedded PostgreSQL (PGlite) in ${dataDir}`);
    const ready = await fetch(new URL("/readyz", url));
    expect(ready.status).toBe(200);

    const second = startProcess();
    expect(await second.exit).toBe(1);
    expect(second.output()).toContain(`already in use by process ${first.child.pid}`);
    expect(second.output()).not.toMatch(/\n\s+at /);

    const inFlight = startSlowLogin(url);
    await new Promise((resolve) => setTimeout(resolve, 300));
    first.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(first.child.exitCode).toBeNull();
    inFlight.finish();
    const response = await inFlight.response();
    expect(response).toMatch(/^HTTP\/1\.1 401/);
    expect(response).toContain("application/problem+json");

    expect(await first.exit).toBe(0);
    const log = first.output();
    const order = ["signal received", "http server closed", "job workers stopped", "database closed"].map((m) =>
      log.indexOf(m),
    );
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(fs.existsSync(path.join(dataDir, "kommmit.lock"))).toBe(false);

    const again = startProcess();
    const againUrl = await waitForUrl(again);
    expect((await fetch(new URL("/readyz", againUrl))).status).toBe(200);
    again.child.kill("SIGTERM");
    expect(await again.exit).toBe(0);
  }, 180_000);

  it("refuses to start with a readable list of configuration problems", async () => {
    const started = startProcess({ PORT: "eighty", KOMMMIT_DEMO_DATA: "sometimes" });
    expect(await started.exit).toBe(1);
    expect(started.output()).toContain("configuration has 2 problem(s)");
    expect(started.output()).toContain("PORT:");
    expect(started.output()).toContain("KOMMMIT_DEMO_DATA:");
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("npm start (PostgreSQL server)", () => {
  it("lets two instances start at once on one new database, migrating it once, and stop on SIGTERM", async () => {
    const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL as string, "kommmit_t_start");
    try {
      const env = { DATABASE_URL: scratch.url };
      const instances = [startProcess(env), startProcess(env)];
      const urls = await Promise.all(instances.map(waitForUrl));
      for (const url of urls) expect((await fetch(new URL("/readyz", url))).status).toBe(200);
      for (const instance of instances) instance.child.kill("SIGTERM");
      expect(await Promise.all(instances.map((instance) => instance.exit))).toEqual([0, 0]);
      const database = await openDatabase({ kind: "server", url: scratch.url }, { poolSize: 1 });
      try {
        const applied = await database.pool.query("select count(*)::int as count from drizzle.__drizzle_migrations");
        expect(applied.rows[0].count).toBe(readMigrationFiles({ migrationsFolder }).length);
        expect((await readMigrationStatus(database.pool)).isCurrent).toBe(true);
      } finally {
        await database.close();
      }
    } finally {
      await scratch.drop();
    }
  }, 180_000);
});
