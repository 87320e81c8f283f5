import type { FastifyBaseLogger } from "fastify";
import PgBoss from "pg-boss";
import type { TConfig } from "../config/config.js";
import type { TDatabase } from "../db/database.js";
import { withSchemaLock } from "../db/migrate.js";
import type { TJobDefinition, TJobQueue } from "./job-definition.js";

export type TJobRunner = TJobQueue & {
  boss: PgBoss;
  /** Stops fetching new jobs, waits for running ones (up to timeoutMs), then stops. */
  stop(timeoutMs: number): Promise<void>;
};

type TStartOptions = {
  database: TDatabase;
  /** Handed to every job (mail settings, public URL). */
  config: TConfig;
  definitions: TJobDefinition<object>[];
  logger: FastifyBaseLogger;
  /** false: only enqueue (e.g. a web-only instance); workers and schedules run elsewhere. */
  isWorking: boolean;
  pollingIntervalSeconds?: number;
};

/**
 * Starts pg-boss on the application's own pool (one connection path for both database modes),
 * creates a queue per job definition, and registers workers and cron schedules.
 */
export async function startJobRunner(options: TStartOptions): Promise<TJobRunner> {
  const { database, config, definitions, logger, isWorking } = options;
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  if (byName.size !== definitions.length) throw new Error("two jobs share one name");

  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.pool.query(text, values) },
    schema: "pgboss",
    schedule: isWorking,
    supervise: isWorking,
  });
  boss.on("error", (error) => logger.error({ err: error }, "job system error"));
  // Instances starting at once race creating pg-boss's schema and deadlock creating the same queue
  // partitions; they take turns under the schema lock.
  await withSchemaLock(database.pool, async () => {
    await boss.start();
    for (const definition of definitions) {
      const queue = { name: definition.name, retryLimit: definition.retryLimit ?? 3 };
      const existing = await boss.getQueue(definition.name);
      if (!existing) await boss.createQueue(definition.name, queue);
      else if (existing.retryLimit !== queue.retryLimit) await boss.updateQueue(definition.name, queue);
    }
  });

  for (const definition of definitions) {
    if (!isWorking) continue;
    await boss.work<object>(
      definition.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async (jobs) => {
        for (const job of jobs) {
          const data = definition.data.parse(job.data ?? {});
          const jobLogger = logger.child({ job: definition.name, jobId: job.id });
          jobLogger.info("job started");
          try {
            await definition.run(data, { database, logger: jobLogger, config });
          } catch (error) {
            // pg-boss records the failure and retries up to the queue's retry limit.
            jobLogger.error({ err: error }, "job failed");
            throw error;
          }
          jobLogger.info("job finished");
        }
      },
    );
    if (definition.schedule) {
      await boss.schedule(
        definition.name,
        definition.schedule.cron,
        {},
        {
          tz: definition.schedule.timezone ?? "Europe/Berlin",
        },
      );
    }
  }

  return {
    boss,
    async send(name, data) {
      const definition = byName.get(name);
      if (!definition) throw new Error(`no job named ${name} is registered`);
      const id = await boss.send(name, definition.data.parse(data));
      if (!id) throw new Error(`job ${name} was not enqueued`);
      return id;
    },
    async stop(timeoutMs) {
      await boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
    },
  };
}
