import { seedDemoDataIfWanted } from "../demo/demo-start.js";
import { ConfigError, loadConfig, type TConfig } from "../platform/config/config.js";
import { DataDirLockedError } from "../platform/db/data-dir-lock.js";
import { createLogger } from "../platform/logger.js";
import { startServer, type TRunningServer } from "../server.js";

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

function readConfig(): TConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

function describeStart(server: TRunningServer, config: TConfig, demoLogins: string[]): string {
  const shownUrl = server.url.replace("127.0.0.1", "localhost");
  return [
    "",
    `KommMit is running at ${shownUrl}/app/  (API docs: ${shownUrl}/api/docs)`,
    `Portal for newcomers (eleven languages): ${shownUrl}/portal/  — self-registration: ${shownUrl}/portal/registrierung`,
    config.database.kind === "embedded"
      ? `Database: embedded PostgreSQL (PGlite) in ${config.database.dataDir} — for trying out and small installs.`
      : "Database: PostgreSQL server (DATABASE_URL).",
    ...(demoLogins.length > 0 ? ["", "Demo logins (synthetic data only):", ...demoLogins.map((l) => `  ${l}`)] : []),
    "",
    "Stop with Ctrl+C.",
    "",
  ].join("\n");
}

async function main() {
  const config = readConfig();
  const logger = createLogger(config.logLevel);

  // Signals are taken from the very start: a stop asked for during migrations or demo seeding waits
  // for them to finish (the embedded database must not be cut off mid-write), then shuts down.
  let server: TRunningServer | undefined;
  let isStopRequested = false;
  const stop = (running: TRunningServer) => {
    const timer = setTimeout(() => {
      logger.error("graceful shutdown timed out; exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs + 5000);
    timer.unref();
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  const onSignal = (signal: string) => {
    if (isStopRequested) return;
    isStopRequested = true;
    logger.info({ signal }, "signal received");
    if (server) stop(server);
  };
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  process.on("SIGINT", () => onSignal("SIGINT"));

  let demoLogins: string[] = [];
  server = await startServer({
    config,
    logger,
    beforeListen: async (database) => {
      demoLogins = await seedDemoDataIfWanted(database, config, logger);
    },
  }).catch((error: unknown) => {
    if (error instanceof DataDirLockedError) fail(error.message);
    throw error;
  });
  if (isStopRequested) {
    stop(server);
    return;
  }
  process.stdout.write(describeStart(server, config, demoLogins));
}

main().catch((error: unknown) => {
  process.stderr.write(`KommMit failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
