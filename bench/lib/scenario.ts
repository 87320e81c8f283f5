import type { TRunningServer } from "../../src/server/server.js";

/**
 * What one side of a scenario puts under load:
 * - `http`: GET requests to a loopback URL (with headers such as a session cookie), sent by autocannon
 *   from a separate load process;
 * - `call`: an async function awaited in this process by a fixed number of concurrent callers
 *   (a bare query through the `pg` driver, a service function without HTTP, …).
 */
export type TWorkload =
  | { kind: "http"; url: string; headers?: Record<string, string> }
  | { kind: "call"; call: () => Promise<unknown> };

export type TScenarioSide = { label: string; workload: TWorkload };

/** Figures a scenario measures besides latency and throughput (bytes, counts), kept in the results. */
export type TScenarioFigures = Record<string, number | string>;

export type TScenarioSetup = {
  subject: TScenarioSide;
  baseline: TScenarioSide;
  /** Closes whatever setUp opened (a bare app, an extra pool). */
  tearDown?: () => Promise<void>;
  figures?: TScenarioFigures;
};

/** What setUp returns when the code path under test does not exist in this build (a route not merged yet). */
export type TScenarioUnavailable = { unavailable: string };

export type TBenchContext = {
  /** KommMit, started in this process on a loopback port, with the generated data in its database. */
  server: TRunningServer;
  /** How many persons the demo data generator created. */
  persons: number;
};

/**
 * One entry of the registry in scenarios/index.ts: the KommMit code path under test (subject) and
 * the cheapest thing doing the same work (baseline), measured in the same run, so the ratio
 * survives a noisy, shared machine. setUp checks that both sides answer alike before anything is timed.
 */
export type TScenario = {
  name: string;
  description: string;
  /**
   * Concurrent connections for this scenario whatever the run's --connections: 1 measures what one
   * request costs without queueing (a per-request target), more measures behaviour under load.
   */
  connections?: number;
  /** A p95 target for the subject in milliseconds: reported beside the result, never asserted. */
  targetP95Ms?: number;
  setUp(context: TBenchContext): Promise<TScenarioSetup | TScenarioUnavailable>;
};
