import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export class DataDirLockedError extends Error {
  constructor(dataDir: string, holder: TLockHolder) {
    super(
      `The embedded database in ${dataDir} is already in use by process ${holder.pid} on ${holder.host} ` +
        `(since ${holder.startedAt}). Only one KommMit process may open an embedded database: a second one would ` +
        "silently lose writes. Stop the other process, or use a PostgreSQL server (DATABASE_URL) to run several instances.",
    );
    this.name = "DataDirLockedError";
  }
}

type TLockHolder = { pid: number; host: string; startedAt: string };

export type TDataDirLock = { release(): void };

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockFile: string): TLockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockFile, "utf8")) as TLockHolder;
  } catch {
    return undefined;
  }
}

/** Folders this process holds; a second open in the same process is refused like one from another process. */
const heldByThisProcess = new Set<string>();

/**
 * A lock that a dead process left behind must not keep the data locked forever. Our own pid in a
 * lock we do not hold means an earlier life of a restarted container.
 */
function isStale(holder: TLockHolder | undefined): boolean {
  if (!holder) return true;
  if (holder.host !== os.hostname()) return false;
  return holder.pid === process.pid || !isProcessAlive(holder.pid);
}

/**
 * Moves a stale lock aside atomically. Of two processes racing for the same stale lock only one
 * rename succeeds; the other then fails to create the lock and refuses.
 */
function moveAsideStaleLock(lockFile: string) {
  const aside = `${lockFile}.stale-${process.pid}`;
  try {
    fs.renameSync(lockFile, aside);
    fs.rmSync(aside, { force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

function tryCreate(lockFile: string, holder: TLockHolder): boolean {
  try {
    fs.writeFileSync(lockFile, JSON.stringify(holder), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Takes an exclusive lock file in the data folder, or throws DataDirLockedError naming the holder. */
export function lockDataDir(dataDir: string): TDataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "kommmit.lock");
  const holder: TLockHolder = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  if (heldByThisProcess.has(lockFile)) throw new DataDirLockedError(dataDir, readHolder(lockFile) ?? holder);
  if (!tryCreate(lockFile, holder)) {
    const existing = readHolder(lockFile);
    if (!isStale(existing)) throw new DataDirLockedError(dataDir, existing as TLockHolder);
    moveAsideStaleLock(lockFile);
    if (!tryCreate(lockFile, holder)) {
      throw new DataDirLockedError(dataDir, readHolder(lockFile) ?? holder);
    }
  }
  heldByThisProcess.add(lockFile);
  return {
    release() {
      heldByThisProcess.delete(lockFile);
      const current = readHolder(lockFile);
      if (current?.pid === process.pid && current.host === holder.host) fs.rmSync(lockFile, { force: true });
    },
  };
}
