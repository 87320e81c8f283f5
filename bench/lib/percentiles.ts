export type TLatencySummary = {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
};

/**
 * Nearest-rank percentile of samples sorted ascending: the smallest sample such that at least
 * `percent` % of all samples are less than or equal to it. No interpolation, so the figure is
 * always a latency that was really observed.
 */
export function readPercentile(sortedSamples: ArrayLike<number>, percent: number): number {
  if (sortedSamples.length === 0) return Number.NaN;
  if (percent <= 0) return sortedSamples[0] ?? Number.NaN;
  const rank = Math.ceil((percent / 100) * sortedSamples.length);
  return sortedSamples[Math.min(rank, sortedSamples.length) - 1] ?? Number.NaN;
}

export function summarizeLatencies(samplesMs: ArrayLike<number>): TLatencySummary {
  const sorted = Float64Array.from(samplesMs).sort();
  return {
    count: sorted.length,
    p50Ms: readPercentile(sorted, 50),
    p95Ms: readPercentile(sorted, 95),
    p99Ms: readPercentile(sorted, 99),
    maxMs: readPercentile(sorted, 100),
  };
}

/** subject / baseline; undefined when the baseline is zero or either side is missing. */
export function computeRatio(subject: number, baseline: number): number | undefined {
  if (!Number.isFinite(subject) || !Number.isFinite(baseline) || baseline === 0) return undefined;
  return subject / baseline;
}
