import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAuditEvents } from "../platform/audit/record-audit-event.js";
import { openDatabase, type TDatabaseTarget } from "../platform/db/database.js";
import { prepareDatabase } from "../platform/db/prepare-database.js";
import { createScratchDatabase, type TScratchDatabase } from "../testing/scratch-database.js";

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kommmit-audit-verify-"));
const serverUrl = process.env.TEST_DATABASE_URL;
let scratch: TScratchDatabase | undefined;
let target: TDatabaseTarget;
let env: Record<string, string | undefined>;

/** The embedded data folder, or with TEST_DATABASE_URL a database on that server (DATABASE_URL). */
beforeAll(async () => {
  scratch = serverUrl ? await createScratchDatabase(serverUrl, "kommmit_t_audit_verify") : undefined;
  target = scratch ? { kind: "server", url: scratch.url } : { kind: "embedded", dataDir };
  env = scratch
    ? { PATH: process.env.PATH, DATABASE_URL: scratch.url }
    : { PATH: process.env.PATH, KOMMMIT_DATA_DIR: dataDir };
});
afterAll(async () => {
  await scratch?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The CLI runs in its own process, so the embedded database must be closed (unlocked) meanwhile. */
async function withDatabase(work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>) {
  const database = await openDatabase(target, { poolSize: 2 });
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

function runVerify(...args: string[]) {
  return run(process.execPath, ["--import", "tsx", "src/server/cli/audit-verify.ts", ...args], { env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe("npm run audit:verify", () => {
  it("prints the head hash of an intact trail and exits 0; names the first broken position and exits 1", async () => {
    let headHash = "";
    await withDatabase(async (database) => {
      await prepareDatabase(database.pool);
      await recordAuditEvents(
        database.db,
        { actorUserId: null, actorTokenId: null, organisationIds: [], ipAddress: "192.0.2.1" },
        [{ action: "session.login_failed" }, { action: "session.login_failed" }, { action: "session.login_failed" }],
      );
      const head = await database.db.execute<{ hash: string }>(sql`select hash from audit_events where position = 3`);
      headHash = head.rows[0]?.hash ?? "";
    });

    const intact = await runVerify();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toBe(`Audit trail intact: 3 events checked; head position 3, head hash ${headHash}\n`);
    expect((await runVerify("--anchor", `3:${headHash}`)).code).toBe(0);

    await withDatabase(async (database) => {
      await database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      await database.db.execute(sql`update audit_events set ip_address = '198.51.100.9' where position = 2`);
      await database.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    });
    const broken = await runVerify();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^Audit trail BROKEN at position 2: the event at position 2 was changed/);
  }, 120_000);

  it("refuses a malformed anchor", async () => {
    const failed = await runVerify("--anchor", "three:abc");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("--anchor must be <position>:<64 hex digits>");
  });
});
