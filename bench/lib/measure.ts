import { runCallLoad } from "./call-load.js";
import type { THttpLoadClient } from "./http-load-client.js";
import { mergeLoadWindows, type TLoadWindow } from "./load-window.js";
import { summarizeLatencies, type TLatencySummary } from "./percentiles.js";
import { startRssSampler } from "./rss-sampler.js";
import type { TScenarioSide, TWorkload } from "./scenario.js";

export type TLoadSettings = {
  /** Measured seconds per side, split over the rounds. */
  durationSeconds: number;
  /** Unmeasured seconds per side before the first round (JIT, caches, pool connections). */
  warmupSeconds: number;
  connections: number;
  rounds: number;
};

export type TSideMeasurement = {
  label: string;
  workload: TWorkload["kind"];
  latency: TLatencySummary;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  /** Highest resident set size of the bench process (server included) while this side ran. */
  peakRssBytes: number;
};

type TSideRun = TLoadWindow & { peakRssBytes: number };
type TSideRunner = (durationSeconds: number) => Promise<TSideRun>;

/**
 * Warms both sides up, then alternates baseline and subject for `rounds` rounds, so slow drift on a
 * shared machine (another job starting, thermal throttling) lands on both sides alike.
 */
export async function measureSides(
  sides: { subject: TScenarioSide; baseline: TScenarioSide },
  settings: TLoadSettings,
  httpLoad: THttpLoadClient,
): Promise<{ subject: TSideMeasurement; baseline: TSideMeasurement }> {
  const runSubject = createSideRunner(sides.subject.workload, settings.connections, httpLoad);
  const runBaseline = createSideRunner(sides.baseline.workload, settings.connections, httpLoad);
  if (settings.warmupSeconds > 0) {
    await runBaseline(settings.warmupSeconds);
    await runSubject(settings.warmupSeconds);
  }
  const roundSeconds = settings.durationSeconds / settings.rounds;
  const subjectRuns: TSideRun[] = [];
  const baselineRuns: TSideRun[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    baselineRuns.push(await runBaseline(roundSeconds));
    subjectRuns.push(await runSubject(roundSeconds));
  }
  return {
    subject: summarizeSide(sides.subject, subjectRuns),
    baseline: summarizeSide(sides.baseline, baselineRuns),
  };
}

function createSideRunner(workload: TWorkload, connections: number, httpLoad: THttpLoadClient): TSideRunner {
  return async (durationSeconds) => {
    const rss = startRssSampler();
    const window =
      workload.kind === "http"
        ? await httpLoad.run({ url: workload.url, headers: workload.headers ?? {}, connections, durationSeconds })
        : await runCallLoad(workload.call, { connections, durationSeconds });
    return { ...window, peakRssBytes: rss.stop() };
  };
}

function summarizeSide(side: TScenarioSide, runs: TSideRun[]): TSideMeasurement {
  const merged = mergeLoadWindows(runs);
  return {
    label: side.label,
    workload: side.workload.kind,
    latency: summarizeLatencies(merged.samplesMs),
    requests: merged.samplesMs.length,
    errors: merged.errors,
    requestsPerSecond: merged.elapsedSeconds > 0 ? merged.samplesMs.length / merged.elapsedSeconds : Number.NaN,
    peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)),
  };
}
