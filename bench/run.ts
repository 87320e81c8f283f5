import type { Pool } from "pg";
import { createBenchDatabase } from "./lib/bench-database.js";
import { startBenchServer } from "./lib/bench-server.js";
import { startHttpLoadClient, type THttpLoadClient } from "./lib/http-load-client.js";
import { readMachineInfo } from "./lib/machine-info.js";
import { measureSides, type TLoadSettings } from "./lib/measure.js";
import { benchUsage, parseBenchOptions } from "./lib/options.js";
import { computeRatio } from "./lib/percentiles.js";
import { createProgressPrinter } from "./lib/progress.js";
import { type TScenarioResult, type TUnavailableScenario, writeResultsFile } from "./lib/results-file.js";
import { formatResultsTable } from "./lib/results-table.js";
import type { TBenchContext, TScenario } from "./lib/scenario.js";
import { scenarios } from "./scenarios/index.js";

type TCleanup = () => Promise<void> | void;

const cleanups: TCleanup[] = [];

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

/** Undoes what the run set up, newest first; on Ctrl+C too, so no temp folder or database is left. */
async function runCleanups() {
  for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) {
    try {
      await cleanup();
    } catch (error) {
      log(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function selectScenarios(names: string[]): TScenario[] {
  if (names.length === 0) return scenarios;
  const unknown = names.filter((name) => !scenarios.some((scenario) => scenario.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown scenario(s): ${unknown.join(", ")}; known: ${scenarios.map((scenario) => scenario.name).join(", ")}`,
    );
  }
  return scenarios.filter((scenario) => names.includes(scenario.name));
}

async function runScenario(
  scenario: TScenario,
  context: TBenchContext,
  settings: TLoadSettings,
  httpLoad: THttpLoadClient,
): Promise<TScenarioResult | TUnavailableScenario> {
  const scenarioSettings = { ...settings, connections: scenario.connections ?? settings.connections };
  const { connections } = scenarioSettings;
  log(`▸ ${scenario.name} (${connections} connection${connections === 1 ? "" : "s"}): ${scenario.description}`);
  const setup = await scenario.setUp(context);
  if ("unavailable" in setup) {
    log(`  not available: ${setup.unavailable}`);
    return { name: scenario.name, description: scenario.description, unavailable: setup.unavailable };
  }
  for (const [name, value] of Object.entries(setup.figures ?? {})) log(`  ${name}: ${value}`);
  try {
    const { subject, baseline } = await measureSides(setup, scenarioSettings, httpLoad);
    const target =
      scenario.targetP95Ms === undefined
        ? undefined
        : { p95Ms: scenario.targetP95Ms, ratio: computeRatio(subject.latency.p95Ms, scenario.targetP95Ms) };
    return {
      name: scenario.name,
      description: scenario.description,
      connections: scenarioSettings.connections,
      subject,
      baseline,
      ratios: {
        p50: computeRatio(subject.latency.p50Ms, baseline.latency.p50Ms),
        p95: computeRatio(subject.latency.p95Ms, baseline.latency.p95Ms),
        throughput: computeRatio(subject.requestsPerSecond, baseline.requestsPerSecond),
      },
      ...(target ? { target } : {}),
      ...(setup.figures ? { figures: setup.figures } : {}),
    };
  } finally {
    await setup.tearDown?.();
  }
}

async function main() {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  if (options.isHelpWanted) {
    process.stdout.write(benchUsage);
    return;
  }
  const selected = selectScenarios(options.scenarios);
  const settings: TLoadSettings = {
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
    connections: options.connections,
    rounds: options.rounds,
  };

  const database = await createBenchDatabase(options.databaseUrl, {
    reuseUrl: options.reuseDatabaseUrl,
    isKept: options.isDatabaseKept,
  });
  cleanups.push(() => database.dispose());
  log(`database: ${database.kind === "embedded" ? "embedded PGlite" : "PostgreSQL server"}, ${database.location}`);
  log(
    options.reuseDatabaseUrl
      ? "preparing: migrations on the existing data"
      : `preparing: migrations, reference data, ${options.persons.toLocaleString("en-US")} demo persons`,
  );
  const prepared = await startBenchServer({
    databaseEnvironment: database.environment,
    persons: options.persons,
    seed: options.seed,
    isSeeding: !options.reuseDatabaseUrl,
    onProgress: createProgressPrinter("demo data", log),
  });
  cleanups.push(() => prepared.server.stop());
  log(`prepared in ${prepared.preparationSeconds.toFixed(1)} s (demo data ${prepared.demoSeconds.toFixed(1)} s)`);

  const machine = await readMachineInfo(prepared.server.database.pool, database.kind);
  const httpLoad = startHttpLoadClient();
  cleanups.push(() => httpLoad.close());

  const persons = options.reuseDatabaseUrl ? await countPersons(prepared.server.database.pool) : options.persons;
  const context: TBenchContext = { server: prepared.server, persons };
  const results: TScenarioResult[] = [];
  const unavailableScenarios: TUnavailableScenario[] = [];
  for (const scenario of selected) {
    const result = await runScenario(scenario, context, settings, httpLoad);
    if ("unavailable" in result) unavailableScenarios.push(result);
    else results.push(result);
  }

  log("");
  log(
    `${machine.cpus.count} × ${machine.cpus.model}, Node ${machine.node}, ${machine.database.kind}: ` +
      `${machine.database.version.split(" on ")[0]}, ${persons.toLocaleString("en-US")} persons, ` +
      `${settings.connections} connections unless a scenario sets its own, ${settings.durationSeconds} s per side, ` +
      `load average ${machine.loadAverageAtStart.toFixed(2)} at start`,
  );
  log(formatResultsTable(results));
  for (const result of results) {
    if (result.target) {
      const ratio = result.target.ratio === undefined ? "–" : `${result.target.ratio.toFixed(2)}×`;
      log(
        `${result.name}: p95 ${result.subject.latency.p95Ms.toFixed(2)} ms against the ${result.target.p95Ms} ms target (${ratio})`,
      );
    }
  }
  for (const result of unavailableScenarios) log(`${result.name}: not available (${result.unavailable})`);
  await writeResultsFile(options.resultsFile, {
    date: new Date().toISOString(),
    machine,
    settings,
    data: {
      persons,
      seed: options.seed,
      preparationSeconds: prepared.preparationSeconds,
      demoSeconds: prepared.demoSeconds,
      demo: prepared.demo,
    },
    scenarios: results,
    unavailableScenarios,
    processPeakRssBytes: process.resourceUsage().maxRSS * 1024,
  });
  log(`\nresults written to ${options.resultsFile}`);

  const failing = results.filter((result) => result.subject.errors > 0 || result.baseline.errors > 0);
  for (const result of failing) {
    log(`✗ ${result.name}: ${result.subject.errors} failed requests (subject), ${result.baseline.errors} (baseline)`);
  }
  if (failing.length > 0) process.exitCode = 1;
}

process.once("SIGINT", () => {
  log("\ninterrupted; cleaning up");
  void runCleanups().finally(() => process.exit(130));
});

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(runCleanups);

async function countPersons(pool: Pool): Promise<number> {
  const result = await pool.query<{ count: string }>("select count(*)::text as count from persons");
  return Number(result.rows[0]?.count ?? 0);
}
