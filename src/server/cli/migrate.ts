import { ConfigError, loadConfig } from "../platform/config/config.js";
import { openDatabase } from "../platform/db/database.js";
import { readMigrationStatus } from "../platform/db/migrate.js";
import { prepareDatabase } from "../platform/db/prepare-database.js";

/** `npm run db:migrate`: applies pending migrations and refreshes reference data, then exits. */
async function main() {
  const config = loadConfig();
  const database = await openDatabase(config.database, { poolSize: 2 });
  try {
    const counts = await prepareDatabase(database.pool);
    const status = await readMigrationStatus(database.pool);
    process.stdout.write(
      `Migrations: ${status.applied} applied, schema current. Reference data: ${JSON.stringify(counts)}\n`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Migration failed: ${message}\n`);
  process.exit(1);
});
