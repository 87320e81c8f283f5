import { parseArgs } from "node:util";
import { describeAuditTrailReport, type TAuditAnchor, verifyAuditTrail } from "../platform/audit/verify-audit-trail.js";
import { ConfigError, loadConfig } from "../platform/config/config.js";
import { openDatabase } from "../platform/db/database.js";

const usage = "usage: npm run audit:verify [-- --anchor <position>:<hash>]";

/** `--anchor 1234:ab12…`: a head hash noted down earlier, which must still be part of the chain. */
function parseAnchor(value: string | undefined): TAuditAnchor | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+):([0-9a-f]{64})$/.exec(value.trim());
  if (!match?.[1] || !match[2]) throw new Error(`--anchor must be <position>:<64 hex digits>\n${usage}`);
  return { position: Number(match[1]), hash: match[2] };
}

/**
 * `npm run audit:verify`: recomputes the audit trail's hash chain (the embedded data folder, or
 * DATABASE_URL) and prints the head hash to keep elsewhere. Exit code 0 when intact, 1 when not.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { anchor: { type: "string" } } });
  const anchor = parseAnchor(values.anchor);
  const config = loadConfig();
  const database = await openDatabase(config.database, { poolSize: 1 });
  try {
    const report = await verifyAuditTrail(database.db, { anchor });
    const message = describeAuditTrailReport(report);
    if (report.problem) {
      process.stderr.write(`${message}\n`);
      return 1;
    }
    process.stdout.write(`${message}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`Audit verification failed: ${message}\n`);
    process.exit(1);
  },
);
