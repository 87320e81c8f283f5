import { performance } from "node:perf_hooks";
import type { TLoadWindow } from "./load-window.js";

type TCallLoadOptions = { connections: number; durationSeconds: number };

/**
 * Awaits `call` from `connections` concurrent callers until the duration is over; every caller
 * starts its next call as soon as the previous one settles (closed loop, like autocannon).
 */
export async function runCallLoad(call: () => Promise<unknown>, options: TCallLoadOptions): Promise<TLoadWindow> {
  const samples: number[] = [];
  let errors = 0;
  const startedAt = performance.now();
  const deadline = startedAt + options.durationSeconds * 1000;
  const runCaller = async () => {
    while (performance.now() < deadline) {
      const callStartedAt = performance.now();
      try {
        await call();
        samples.push(performance.now() - callStartedAt);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, runCaller));
  return {
    samplesMs: Float64Array.from(samples),
    errors,
    elapsedSeconds: (performance.now() - startedAt) / 1000,
  };
}
