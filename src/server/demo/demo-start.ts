import type { FastifyBaseLogger } from "fastify";
import { matchAllPersons } from "../offers/matching/match-all-persons.js";
import type { TConfig } from "../platform/config/config.js";
import type { TDatabase } from "../platform/db/database.js";
import { refreshAggregates } from "../steering/indicators/refresh-aggregates.js";
import { DEMO_PASSWORD, formatDemoLoginLines } from "./demo-logins.js";
import { readDemoLogins, readDemoState, withDemoSeedLock } from "./demo-state.js";
import { seedDemoData } from "./seed-demo-data.js";

/** A fixed seed, so every fresh installation shows the same demo district. */
export const DEMO_START_SEED = 1;

const loopbackHosts = new Set(["127.0.0.1", "localhost", "::1"]);

/**
 * The demo logins' password is public, so "auto" adds demo data only to an embedded database that
 * listens on loopback; reachable from other machines it takes an explicit KOMMMIT_DEMO_DATA=on.
 */
function isDemoWanted(config: TConfig): boolean {
  if (config.demoData !== "auto") return config.demoData === "on";
  return config.database.kind === "embedded" && loopbackHosts.has(config.host);
}

/**
 * `npm start`: seeds demo data into an empty database when configured (KOMMMIT_DEMO_DATA=on, or auto
 * with the embedded database) and returns the demo logins to print. Demo data already there is
 * reported, not seeded again; a database with real data is left alone.
 */
export async function seedDemoDataIfWanted(
  database: TDatabase,
  config: TConfig,
  logger: FastifyBaseLogger,
): Promise<string[]> {
  if (!isDemoWanted(config)) return [];
  return withDemoSeedLock(database.pool, async () => {
    const state = await readDemoState(database.db);
    if (state === "in_use") {
      logger.info("database already holds data; no demo data added");
      return [];
    }
    const isEmbedded = config.database.kind === "embedded";
    if (state === "demo") {
      return isEmbedded ? formatDemoLoginLines(await readDemoLogins(database.db), DEMO_PASSWORD) : [];
    }
    logger.info({ persons: config.demoPersons }, "seeding synthetic demo data");
    const startedAt = performance.now();
    const summary = await seedDemoData(database, {
      persons: config.demoPersons,
      seed: DEMO_START_SEED,
      // Demo logins only in the embedded demo mode, never on a server database (issue 3).
      logins: isEmbedded ? "usable" : "disabled",
    });
    const { logins, password, ...counts } = summary;
    // The daily jobs would find the unmet needs and compute the indicators only later; the demo shows them now.
    const matched = await matchAllPersons(database.db);
    const aggregates = await refreshAggregates(database.db);
    logger.info(
      { ...counts, matched, aggregateCells: aggregates.rowCount, ms: Math.round(performance.now() - startedAt) },
      "demo data seeded",
    );
    return formatDemoLoginLines(logins, password);
  });
}
