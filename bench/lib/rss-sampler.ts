export type TRssSampler = {
  /** Stops sampling and answers the highest resident set size seen, in bytes. */
  stop(): number;
};

/**
 * Samples this process's resident set size while a workload runs. process.resourceUsage().maxRSS
 * only ever grows over the process's life, so it cannot tell one scenario from the one before.
 */
export function startRssSampler(intervalMs = 25): TRssSampler {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  // A sampler left running by a failed workload must not keep the process alive.
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}
