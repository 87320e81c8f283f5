import { performance } from "node:perf_hooks";
import { seedDemoData, type TDemoSummary } from "../../src/server/demo/seed-demo-data.js";
import { loadConfig } from "../../src/server/platform/config/config.js";
import { createLogger } from "../../src/server/platform/logger.js";
import { startServer, type TRunningServer } from "../../src/server/server.js";
import type { TDemoCounts } from "./results-file.js";

type TBenchServerOptions = {
  databaseEnvironment: Record<string, string>;
  persons: number;
  seed: number;
  /** false: the database holds data from an earlier run; nothing is generated. */
  isSeeding: boolean;
  onProgress: (done: number, total: number) => void;
};

export type TBenchServer = {
  server: TRunningServer;
  /** null when an existing database was reused. */
  demo: TDemoCounts | null;
  /** Migrations, reference data and demo data, until the server listened. */
  preparationSeconds: number;
  demoSeconds: number;
};

/**
 * Starts KommMit in this process on a loopback port: migrations and reference data as on every
 * start, then the demo data generator, then HTTP. Silent logs and no job workers, so neither writes
 * to the terminal nor competes for the CPU while a scenario is measured.
 */
export async function startBenchServer(options: TBenchServerOptions): Promise<TBenchServer> {
  const config = loadConfig({
    ...options.databaseEnvironment,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    KOMMMIT_DEMO_DATA: "off",
    KOMMMIT_JOBS: "false",
  });
  let demo: TDemoCounts | null | undefined = options.isSeeding ? undefined : null;
  let demoSeconds = 0;
  const startedAt = performance.now();
  const server = await startServer({
    config,
    logger: createLogger(config.logLevel),
    beforeListen: async (database) => {
      if (!options.isSeeding) return;
      const demoStartedAt = performance.now();
      demo = countDemoData(
        await seedDemoData(database, { persons: options.persons, seed: options.seed, onProgress: options.onProgress }),
      );
      demoSeconds = (performance.now() - demoStartedAt) / 1000;
    },
  });
  if (demo === undefined) throw new Error("the server started without running the demo data generator");
  return { server, demo, demoSeconds, preparationSeconds: (performance.now() - startedAt) / 1000 };
}

function countDemoData({ logins: _logins, password: _password, ...counts }: TDemoSummary): TDemoCounts {
  return counts;
}
