import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock.js";

const tempDirs: string[] = [];
function makeTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kommmit-lock-"));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the lock in a second process that holds it until told to stop. */
function holdLockInChild(dataDir: string) {
  const script = `
    import { lockDataDir } from ${JSON.stringify(path.resolve("src/server/platform/db/data-dir-lock.ts"))};
    const lock = lockDataDir(process.argv[1]);
    process.stdout.write("locked\\n");
    process.stdin.on("data", () => { lock.release(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, dataDir], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const ready = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  return { child, ready };
}

describe("data folder lock", () => {
  it("refuses a second holder while another live process holds it, naming that process", async () => {
    const dataDir = makeTempDir();
    const { child, ready } = holdLockInChild(dataDir);
    await ready;
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dataDir)).toThrow(new RegExp(`in use by process ${child.pid}`));
    const exited = new Promise((resolve) => child.on("exit", resolve));
    child.stdin.write("release\n");
    await exited;
    const lock = lockDataDir(dataDir);
    lock.release();
  });

  it("takes over a lock left behind by a process that no longer runs", () => {
    const dataDir = makeTempDir();
    fs.writeFileSync(
      path.join(dataDir, "kommmit.lock"),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), startedAt: "2026-01-01T00:00:00Z" }),
    );
    const lock = lockDataDir(dataDir);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, "kommmit.lock"), "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(path.join(dataDir, "kommmit.lock"))).toBe(false);
  });

  it("refuses a second open of the same folder within one process", () => {
    const dataDir = makeTempDir();
    const lock = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    lock.release();
    lockDataDir(dataDir).release();
  });

  it("does not take over a lock held from another host (shared folder)", () => {
    const dataDir = makeTempDir();
    fs.writeFileSync(
      path.join(dataDir, "kommmit.lock"),
      JSON.stringify({ pid: 1, host: "another-host", startedAt: "2026-01-01T00:00:00Z" }),
    );
    expect(() => lockDataDir(dataDir)).toThrow(/another-host/);
  });
});
