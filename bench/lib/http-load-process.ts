import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import type { THttpLoadJob, THttpLoadReply } from "./http-load-messages.js";

/**
 * Entry of the load process forked by http-load-client.ts. autocannon runs here, not beside the
 * server, so the server's event loop and its peak RSS carry no load-generator work.
 */
function runJob(job: THttpLoadJob): Promise<THttpLoadReply> {
  return new Promise((resolve) => {
    const samples: number[] = [];
    let failedResponses = 0;
    const startedAt = performance.now();
    const instance = autocannon(
      {
        url: job.url,
        headers: job.headers ?? {},
        connections: job.connections,
        duration: job.durationSeconds,
        pipelining: 1,
      },
      (error: unknown, result) => {
        if (error) {
          resolve({ id: job.id, failure: error instanceof Error ? error.message : String(error) });
          return;
        }
        resolve({
          id: job.id,
          samplesMs: Float64Array.from(samples),
          errors: failedResponses + result.errors + result.timeouts,
          elapsedSeconds: (performance.now() - startedAt) / 1000,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode >= 200 && statusCode < 300) samples.push(responseTimeMs);
      else failedResponses += 1;
    });
  });
}

process.on("message", (job: THttpLoadJob) => {
  void runJob(job).then((reply) => process.send?.(reply));
});
process.on("disconnect", () => process.exit(0));
// Ctrl+C reaches the whole process group: the parent cleans up and then disconnects, which ends this process.
process.on("SIGINT", () => undefined);
