import { parseArgs } from "node:util";
import { z } from "zod";
import { formatDemoLoginLines } from "../demo/demo-logins.js";
import { DemoDataError, seedDemoData, type TDemoSummary } from "../demo/seed-demo-data.js";
import { ConfigError, loadConfig } from "../platform/config/config.js";
import { openDatabase } from "../platform/db/database.js";
import { prepareDatabase } from "../platform/db/prepare-database.js";

const USAGE = "Usage: npm run demo:seed -- --persons N [--seed S]";

const ZWholeNumber = (name: string, max: number) =>
  z
    .string({ error: `--${name} is required` })
    .regex(/^\d+$/, `--${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().max(max, `--${name} must be at most ${max}`));

const ZArguments = z.object({
  persons: ZWholeNumber("persons", 10_000_000),
  seed: ZWholeNumber("seed", 0xffff_ffff).default(1),
});

class UsageError extends Error {}

function readArguments() {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: { persons: { type: "string" }, seed: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const parsed = ZArguments.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data;
}

function createProgressReporter(total: number) {
  const step = Math.max(1, Math.ceil(total / 20));
  let nextReport = step;
  const startedAt = performance.now();
  return (done: number) => {
    if (done < nextReport && done < total) return;
    nextReport = done + step;
    const seconds = (performance.now() - startedAt) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    process.stdout.write(`  ${done.toLocaleString("en")} / ${total.toLocaleString("en")} persons (${rate}/s)\n`);
  };
}

function formatSummary(summary: TDemoSummary, seconds: number): string {
  const count = (value: number) => value.toLocaleString("en");
  return [
    "",
    `Demo data seeded in ${seconds.toFixed(1)} s:`,
    `  ${count(summary.organisations)} organisations, ${count(summary.offers)} offers (${count(summary.pendingRevisions)} change waiting for review), ${count(summary.users)} users`,
    `  ${count(summary.households)} households, ${count(summary.persons)} persons, ${count(summary.personNames)} further names, ${count(summary.consents)} consents, ${count(summary.selfRegistrations)} self-registrations waiting for review`,
    `  counselling: ${count(summary.counselling.cases)} cases, ${count(summary.counselling.assessments)} first interviews with ${count(summary.counselling.needs)} needs, ${count(summary.counselling.tasks)} follow-ups`,
    `  referrals: ${count(summary.referrals.referrals)} with ${count(summary.referrals.events)} events, under ${count(summary.referrals.sharingConsents)} consents to share with a provider`,
    `  portal: ${count(summary.portalPages)} district-wide pages, ${count(summary.portalPlaces)} places and ${count(summary.portalEvents)} events, at /portal/`,
    "",
    ...(summary.logins.length > 0
      ? [
          "Demo logins (synthetic data only):",
          ...formatDemoLoginLines(summary.logins, summary.password).map((line) => `  ${line}`),
        ]
      : ["No demo logins on a server database: the demo users are deactivated and have no password."]),
    "",
  ].join("\n");
}

/** `npm run demo:seed -- --persons N [--seed S]`: fills an empty database with synthetic demo data. */
async function main() {
  const args = readArguments();
  const config = loadConfig();
  const database = await openDatabase(config.database, { poolSize: 4 });
  try {
    await prepareDatabase(database.pool);
    const where =
      config.database.kind === "embedded" ? `embedded database in ${config.database.dataDir}` : "DATABASE_URL";
    process.stdout.write(
      `Seeding ${args.persons.toLocaleString("en")} persons (seed ${args.seed}) into the ${where}\n`,
    );
    const startedAt = performance.now();
    const summary = await seedDemoData(database, {
      persons: args.persons,
      seed: args.seed,
      onProgress: createProgressReporter(args.persons),
      logins: config.database.kind === "embedded" ? "usable" : "disabled",
    });
    process.stdout.write(formatSummary(summary, (performance.now() - startedAt) / 1000));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) process.stderr.write(`${error.message}\n${USAGE}\n`);
  else if (error instanceof DemoDataError || error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Demo data failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
