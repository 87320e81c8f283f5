/** What one timed stretch of load produced. */
export type TLoadWindow = {
  /** One latency per successful request, in milliseconds. */
  samplesMs: Float64Array;
  /** Failed requests: connection errors, timeouts, non-2xx answers, rejected calls. */
  errors: number;
  elapsedSeconds: number;
};

export function mergeLoadWindows(windows: TLoadWindow[]): TLoadWindow {
  const total = windows.reduce((sum, window) => sum + window.samplesMs.length, 0);
  const samplesMs = new Float64Array(total);
  let offset = 0;
  for (const window of windows) {
    samplesMs.set(window.samplesMs, offset);
    offset += window.samplesMs.length;
  }
  return {
    samplesMs,
    errors: windows.reduce((sum, window) => sum + window.errors, 0),
    elapsedSeconds: windows.reduce((sum, window) => sum + window.elapsedSeconds, 0),
  };
}
