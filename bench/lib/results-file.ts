import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TDemoSummary } from "../../src/server/demo/seed-demo-data.js";
import type { TMachineInfo } from "./machine-info.js";
import type { TLoadSettings, TSideMeasurement } from "./measure.js";
import type { TScenarioFigures } from "./scenario.js";

/** What the demo data generator created; its logins and password stay out of a committed file. */
export type TDemoCounts = Omit<TDemoSummary, "logins" | "password">;

export type TScenarioResult = {
  name: string;
  description: string;
  /** Concurrent connections (or callers) both sides were measured with. */
  connections: number;
  subject: TSideMeasurement;
  baseline: TSideMeasurement;
  /** subject / baseline; above 1 for latency and below 1 for throughput means KommMit pays extra. */
  ratios: { p50: number | undefined; p95: number | undefined; throughput: number | undefined };
  /** The scenario's p95 target and the subject's p95 divided by it (above 1: missed). */
  target?: { p95Ms: number; ratio: number | undefined };
  figures?: TScenarioFigures;
};

/** A scenario whose code path this build lacks: named, not timed. */
export type TUnavailableScenario = { name: string; description: string; unavailable: string };

export type TBenchResults = {
  date: string;
  machine: TMachineInfo;
  settings: TLoadSettings;
  data: { persons: number; seed: number; preparationSeconds: number; demoSeconds: number; demo: TDemoCounts | null };
  scenarios: TScenarioResult[];
  unavailableScenarios: TUnavailableScenario[];
  /** Peak resident set size over the whole run (process.resourceUsage().maxRSS), in bytes. */
  processPeakRssBytes: number;
};

/**
 * Pretty-printed with a final newline, so a committed results file diffs line by line; fractions are
 * cut to four decimals (0.1 µs for latencies), finer digits are noise.
 */
export async function writeResultsFile(file: string, results: TBenchResults): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const roundFractions = (_key: string, value: unknown) =>
    typeof value === "number" && !Number.isInteger(value) ? Number(value.toFixed(4)) : value;
  await writeFile(file, `${JSON.stringify(results, roundFractions, 2)}\n`);
}
