import { seedDemoDataIfWanted } from "../demo/demo-start.js";
import { ConfigError, loadConfig } from "../platform/config/config.js";
import { DataDirLockedError } from "../platform/db/data-dir-lock.js";
import { createLogger } from "../platform/logger.js";
import { startServer } from "../server.js";

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let demoLogins: string[] = [];
  const server = await startServer({
    config,
    logger,
    beforeListen: async (database) => {
      demoLogins = await seedDemoDataIfWanted(database, config, logger);
    },
  }).catch((error: unknown) => {
    if (error instanceof DataDirLockedError) fail(error.message);
    throw error;
  });

  const shownUrl = server.url.replace("127.0.0.1", "localhost");
  const lines = [
    "",
    `KommMit is running at ${shownUrl}/app/  (API docs: ${shownUrl}/api/docs)`,
    config.database.kind === "embedded"
      ? `Database: embedded PostgreSQL (PGlite) in ${config.database.dataDir} — for trying out and small installs.`
      : "Database: PostgreSQL server (DATABASE_URL).",
    ...(demoLogins.length > 0 ? ["", "Demo logins (synthetic data only):", ...demoLogins.map((l) => `  ${l}`)] : []),
    "",
    "Stop with Ctrl+C.",
    "",
  ];
  process.stdout.write(lines.join("\n"));

  let isStopping = false;
  const shutdown = (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, "signal received");
    const timer = setTimeout(() => {
      logger.error("graceful shutdown timed out; exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs + 5000);
    timer.unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(`KommMit failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
