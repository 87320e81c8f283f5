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

export async function startServer({ config, logger, modules = defaultModules, beforeListen }: TStartOptions) {
  const database = await openDatabase(config.database, {
    poolSize: config.poolSize,
    onConnectionError: (error) => logger.warn({ err: error }, "database connection lost; the pool replaces it"),
  });
  let jobs: TJobRunner | undefined;
  try {
    await prepareDatabase(database.pool);
    await beforeListen?.(database);
    jobs = await startJobRunner({
      database,
      definitions: allJobDefinitions(modules),
      logger,
      isWorking: config.isJobsEnabled,
    });
    let isShuttingDown = false;
    const app = await buildApp({
      config,
      database,
      logger,
      modules,
      jobs,
      isShuttingDown: () => isShuttingDown,
    });
    const url = await app.listen({ port: config.port, host: config.host });
    const runningJobs = jobs;
    const server: TRunningServer = {
      app,
      database,
      jobs: runningJobs,
      url,
      async stop() {
        if (isShuttingDown) return;
        isShuttingDown = true;
        logger.info("shutting down: no new requests, finishing in-flight ones");
        await app.close();
        logger.info("http server closed; stopping job workers");
        await runningJobs.stop(config.shutdownTimeoutMs);
        logger.info("job workers stopped; closing database");
        await database.close();
        logger.info("database closed; shutdown complete");
      },
    };
    return server;
  } catch (error) {
    await jobs?.stop(1000).catch(() => undefined);
    await database.close();
    throw error;
  }
}
