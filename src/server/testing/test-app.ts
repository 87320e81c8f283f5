import pino from "pino";
import { buildApp, type TApp } from "../app.js";
import { allJobDefinitions, modules as defaultModules, type TModule } from "../modules.js";
import { loadConfig, type TConfig } from "../platform/config/config.js";
import type { TDatabase } from "../platform/db/database.js";
import { startJobRunner, type TJobRunner } from "../platform/jobs/job-runner.js";
import { createTestDatabase } from "./test-database.js";

export type TTestApp = { app: TApp; database: TDatabase; config: TConfig; jobs: TJobRunner; close(): Promise<void> };

type TTestAppOptions = {
  modules?: TModule[];
  env?: Record<string, string>;
  isWorking?: boolean;
  /** Another app's database: a second instance on one database (that app closes it). */
  sharedDatabase?: TDatabase;
};

/** The real application on a fresh test database (or a shared one), for app.inject() requests. */
export async function createTestApp(options: TTestAppOptions = {}): Promise<TTestApp> {
  const config = loadConfig({ LOG_LEVEL: "silent", ...options.env });
  const logger = pino({ level: "silent" });
  const modules = options.modules ?? defaultModules;
  const database = options.sharedDatabase ?? (await createTestDatabase());
  const jobs = await startJobRunner({
    database,
    config,
    definitions: allJobDefinitions(modules),
    logger,
    isWorking: options.isWorking ?? false,
    pollingIntervalSeconds: 0.5,
  });
  const app = await buildApp({ config, database, logger, modules, jobs, isShuttingDown: () => false });
  await app.ready();
  return {
    app,
    database,
    config,
    jobs,
    async close() {
      await app.close();
      await jobs.stop(5000);
      if (!options.sharedDatabase) await database.close();
    },
  };
}
