import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kommmit-migrate-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("npm run db:migrate", () => {
  it("migrates an empty embedded database, seeds reference data, and is idempotent", async () => {
    const env = { PATH: process.env.PATH, KOMMMIT_DATA_DIR: dataDir };
    const first = await run(process.execPath, ["--import", "tsx", "src/server/cli/migrate.ts"], { env });
    expect(first.stdout).toMatch(/Migrations: \d+ applied, schema current/);
    expect(first.stdout).toContain('"municipalities":34');
    const second = await run(process.execPath, ["--import", "tsx", "src/server/cli/migrate.ts"], { env });
    expect(second.stdout).toEqual(first.stdout);
    expect(fs.existsSync(path.join(dataDir, "kommmit.lock"))).toBe(false);
  }, 120_000);

  it("fails with a readable message on a bad configuration", async () => {
    const failed = await run(process.execPath, ["--import", "tsx", "src/server/cli/migrate.ts"], {
      env: { PATH: process.env.PATH, DATABASE_URL: "mysql://nope" },
    }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failed && failed.code).toBe(1);
    expect(failed.stderr).toContain("DATABASE_URL: must be a postgres:// or postgresql:// URL");
  });
});
