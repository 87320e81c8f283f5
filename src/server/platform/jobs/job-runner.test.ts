import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildUser } from "../../testing/factories.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { sessions } from "../auth/auth-tables.js";
import { createSession } from "../auth/session-service.js";
import { defineJob } from "./job-definition.js";
import { startJobRunner } from "./job-runner.js";

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp({ isWorking: true });
});
afterAll(() => t.close());

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("condition not met in time");
}

describe("job runner (pg-boss)", () => {
  it("schedules the session purge and runs it when enqueued", async () => {
    const schedules = await t.jobs.boss.getSchedules();
    expect(schedules.map((schedule) => [schedule.name, schedule.cron])).toContainEqual([
      "platform-purge-expired-sessions",
      "*/15 * * * *",
    ]);

    const { user } = await buildUser(t.database.db);
    await createSession(
      t.database.db,
      user.id,
      { idleMinutes: 30, absoluteHours: 12 },
      { ipAddress: "127.0.0.1", userAgent: "test" },
    );
    await t.database.db
      .update(sessions)
      .set({ absoluteExpiresAt: sql`now() - interval '1 second'` })
      .where(sql`${sessions.userId} = ${user.id}`);

    await t.jobs.send("platform-purge-expired-sessions", {});
    await waitFor(async () => {
      const rows = await t.database.db.select().from(sessions).where(sql`${sessions.userId} = ${user.id}`);
      return rows.length === 0;
    });
  });

  it("validates job data against the job's schema and refuses unknown jobs", async () => {
    await expect(t.jobs.send("no-such-job", {})).rejects.toThrow(/no job named/);
    const echo = defineJob({
      name: "test-echo",
      description: "test job",
      data: z.object({ text: z.string() }),
      async run() {},
    });
    const runner = await startJobRunner({
      database: t.database,
      config: t.config,
      definitions: [echo],
      logger: pino({ level: "silent" }),
      isWorking: false,
    });
    try {
      await expect(runner.send("test-echo", { text: 42 })).rejects.toThrow();
      expect(await runner.send("test-echo", { text: "hello" })).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await runner.stop(1000);
    }
  });

  it("lets a running job finish when stopped gracefully", async () => {
    let isStarted = false;
    let isFinished = false;
    const slow = defineJob({
      name: "test-slow",
      description: "takes a while",
      data: z.object({}),
      async run() {
        isStarted = true;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        isFinished = true;
      },
    });
    const runner = await startJobRunner({
      database: t.database,
      config: t.config,
      definitions: [slow],
      logger: pino({ level: "silent" }),
      isWorking: true,
      pollingIntervalSeconds: 0.5,
    });
    await runner.send("test-slow", {});
    await waitFor(async () => isStarted);
    expect(isFinished).toBe(false);
    await runner.stop(10_000);
    expect(isFinished).toBe(true);
  });

  it("retries a failed job", async () => {
    let attempts = 0;
    const flaky = defineJob({
      name: "test-flaky",
      description: "fails once",
      data: z.object({}),
      retryLimit: 2,
      async run() {
        attempts += 1;
        if (attempts === 1) throw new Error("first attempt fails");
      },
    });
    const runner = await startJobRunner({
      database: t.database,
      config: t.config,
      definitions: [flaky],
      logger: pino({ level: "silent" }),
      isWorking: true,
      pollingIntervalSeconds: 0.5,
    });
    try {
      const id = await runner.send("test-flaky", {});
      await waitFor(async () => (await runner.boss.getJobById("test-flaky", id))?.state === "completed");
      expect(attempts).toBe(2);
    } finally {
      await runner.stop(5000);
    }
  });
});
