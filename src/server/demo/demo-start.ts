import type { FastifyBaseLogger } from "fastify";
import type { TConfig } from "../platform/config/config.js";
import type { TDatabase } from "../platform/db/database.js";

/** Placeholder replaced by the demo data generator in this same change. */
export async function seedDemoDataIfWanted(_database: TDatabase, _config: TConfig, _logger: FastifyBaseLogger) {
  return [] as string[];
}
