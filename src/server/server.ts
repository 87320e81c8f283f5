import type { FastifyBaseLogger } from "fastify";
import { buildApp, type TApp } from "./app.js";
import { allJobDefinitions, modules as defaultModules, type TModule } from "./modules.js";
import type { TConfig } from "./platform/config/config.js";
import { openDatabase, type TDatabase } from "./platform/db/database.js";
import { prepareDatabase } from "./platform/db/prepare-database.js";
import { startJobRunner, type TJobRunner } from "./platform/jobs/job-runner.js";

export type TRunningServer = {
  app: TApp;
  database: TDatabase;
  jobs: TJobRunner;
  url: string;
  /** Graceful stop: refuse new requests, finish in-flight ones, stop job workers, close the database. */
  stop(): Promise<void>;
};

type TStartOptions = {
  config: TConfig;
  logger: FastifyBaseLogger;
  modules?: TModule[];
  /** Runs after migrations and reference data, before the HTTP server opens (demo data). */
  beforeListen?: (database: TDatabase) => Promise<void>;
};

/** Runs every step even when an earlier one fails, so the database closes and the data folder unlocks. */
async function stopInOrder(logger: FastifyBaseLogger, steps: [string, () => Promise<void>][]) {
  let firstError: unknown;
  for (const [done, step] of steps) {
    try {
      await step();
      logger.info(done);
    } catch (error) {
      logger.error({ err: error }, `shutdown step failed before: ${done}`);
      firstError ??= error;
    }
  }
  if (firstError) throw firstError;
}

export async function startServer({ config, logger, modules = defaultModules, beforeListen }: TStartOptions) {
  const database = await openDatabase(config.database, {
    poolSize: config.poolSize,
    onConnectionError: (error) => logger.warn({ err: error }, "database connection lost; the pool replaces it"),
  });
  let jobs: TJobRunner | undefined;
  let app: TApp | undefined;
  try {
    await prepareDatabase(database.pool);
    await beforeListen?.(database);
    jobs = await startJobRunner({
      database,
      config,
      definitions: allJobDefinitions(modules),
      logger,
      isWorking: config.isJobsEnabled,
    });
    let isShuttingDown = false;
    app = await buildApp({
      config,
      database,
      logger,
      modules,
      jobs,
      isShuttingDown: () => isShuttingDown,
    });
    const url = await app.listen({ port: config.port, host: config.host });
    const [runningApp, runningJobs] = [app, jobs];
    let stopping: Promise<void> | undefined;
    const server: TRunningServer = {
      app: runningApp,
      database,
      jobs: runningJobs,
      url,
      stop() {
        isShuttingDown = true;
        logger.info("shutting down: no new requests, finishing in-flight ones");
        stopping ??= stopInOrder(logger, [
          ["http server closed", () => runningApp.close()],
          ["job workers stopped", () => runningJobs.stop(config.shutdownTimeoutMs)],
          ["database closed; shutdown complete", () => database.close()],
        ]);
        return stopping;
      },
    };
    return server;
  } catch (error) {
    await app?.close().catch(() => undefined);
    await jobs?.stop(1000).catch(() => undefined);
    await database.close();
    throw error;
  }
}
