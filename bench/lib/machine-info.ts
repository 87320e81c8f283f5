import { execFileSync } from "node:child_process";
import os from "node:os";
import type pg from "pg";

export type TMachineInfo = {
  cpus: { count: number; model: string };
  memoryBytes: number;
  /** One-minute load average when the run started: a busy shared machine shows here. */
  loadAverageAtStart: number;
  os: string;
  node: string;
  database: { kind: "embedded" | "server"; version: string };
  git: { commit: string; hasUncommittedChanges: boolean } | undefined;
};

export async function readMachineInfo(pool: pg.Pool, databaseKind: "embedded" | "server"): Promise<TMachineInfo> {
  const cpus = os.cpus();
  const version = await pool.query<{ version: string }>("select version()");
  return {
    cpus: { count: cpus.length, model: cpus[0]?.model.trim() ?? "unknown" },
    memoryBytes: os.totalmem(),
    loadAverageAtStart: os.loadavg()[0] ?? 0,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    database: { kind: databaseKind, version: version.rows[0]?.version ?? "unknown" },
    git: readGitState(),
  };
}

/** Read-only git queries; outside a checkout (or without git) there is simply no commit to name. */
function readGitState(): TMachineInfo["git"] {
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: "pipe" }).trim();
    const status = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8", stdio: "pipe" });
    return { commit, hasUncommittedChanges: status.trim() !== "" };
  } catch {
    return undefined;
  }
}
