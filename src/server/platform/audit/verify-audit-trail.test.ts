import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../testing/test-database.js";
import type { TDatabase } from "../db/database.js";
import { recordAuditEvents, type TAuditContext } from "./record-audit-event.js";
import { describeAuditTrailReport, genesisHash, verifyAuditTrail } from "./verify-audit-trail.js";

let database: TDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(() => database.close());

const context: TAuditContext = { actorUserId: randomUUID(), actorTokenId: null, organisationIds: [], ipAddress: null };

async function writeEvents(count: number) {
  await recordAuditEvents(
    database.db,
    context,
    Array.from({ length: count }, (_, index) => ({ action: "person.read" as const, detail: { index } })),
  );
}

async function readHash(position: number): Promise<string> {
  const result = await database.db.execute<{ hash: string }>(
    sql`select hash from audit_events where position = ${position}`,
  );
  return result.rows[0]?.hash ?? "";
}

/** What someone with the table owner's rights could do: switch the guard off, rewrite, switch it on. */
async function tamper(statement: SQL) {
  await database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
  await database.db.execute(statement);
  await database.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
}

describe("verifyAuditTrail", () => {
  it("reports an empty trail as intact with the genesis hash", async () => {
    expect(await verifyAuditTrail(database.db)).toEqual({ checkedCount: 0, headPosition: 0, headHash: genesisHash });
  });

  it("checks every row across several batches and names the head", async () => {
    await writeEvents(23);
    const report = await verifyAuditTrail(database.db, { batchSize: 5 });
    expect(report).toEqual({ checkedCount: 23, headPosition: 23, headHash: await readHash(23) });
    expect(describeAuditTrailReport(report)).toContain(`head hash ${report.headHash}`);
  });

  it("finds a changed row", async () => {
    await writeEvents(12);
    await tamper(sql`update audit_events set detail = '{"index": 99}' where position = 7`);
    const report = await verifyAuditTrail(database.db, { batchSize: 5 });
    expect(report).toMatchObject({
      checkedCount: 6,
      headPosition: 6,
      firstBrokenPosition: 7,
      problem: "hash_mismatch",
    });
    expect(describeAuditTrailReport(report)).toMatch(/^Audit trail BROKEN at position 7: .*changed/);
  });

  it("finds a changed row whose hash was recomputed, by the link of the next row", async () => {
    await writeEvents(12);
    await tamper(sql`update audit_events set action = 'person.list' where position = 4`);
    await tamper(sql`update audit_events e set hash = audit_event_hash(e) where position = 4`);
    const report = await verifyAuditTrail(database.db);
    expect(report).toMatchObject({ firstBrokenPosition: 5, problem: "broken_link" });
  });

  it("finds a deleted row as a gap", async () => {
    await writeEvents(12);
    await tamper(sql`delete from audit_events where position = 9`);
    const report = await verifyAuditTrail(database.db, { batchSize: 4 });
    expect(report).toMatchObject({ checkedCount: 8, firstBrokenPosition: 9, problem: "missing_position" });
    expect(describeAuditTrailReport(report)).toContain("position 9 is missing");
  });

  it("finds deleted first rows", async () => {
    await writeEvents(3);
    await tamper(sql`delete from audit_events where position = 1`);
    expect(await verifyAuditTrail(database.db)).toMatchObject({ firstBrokenPosition: 1, problem: "missing_position" });
  });

  it("finds a rewritten history through an anchored head hash", async () => {
    await writeEvents(6);
    const anchor = { position: 6, hash: await readHash(6) };
    expect((await verifyAuditTrail(database.db, { anchor })).problem).toBeUndefined();
    await writeEvents(2);
    expect((await verifyAuditTrail(database.db, { anchor })).problem).toBeUndefined();

    // Whoever deletes the newest rows leaves a consistent, shorter chain; only the anchor tells.
    await tamper(sql`delete from audit_events where position >= 6`);
    expect((await verifyAuditTrail(database.db)).problem).toBeUndefined();
    expect(await verifyAuditTrail(database.db, { anchor })).toMatchObject({
      firstBrokenPosition: 6,
      problem: "anchor_mismatch",
    });
  });
});
