import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../testing/test-database.js";
import type { TDatabase } from "../db/database.js";
import { recordAuditEvent, recordAuditEvents, type TAuditContext } from "./record-audit-event.js";
import { genesisHash, verifyAuditTrail } from "./verify-audit-trail.js";

let database: TDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const context: TAuditContext = {
  actorUserId: randomUUID(),
  actorTokenId: null,
  organisationIds: [randomUUID()],
  ipAddress: "192.0.2.7",
};

type TChainRow = { position: string; previous_hash: string; hash: string; recomputed: string; action: string };

async function readChain(): Promise<TChainRow[]> {
  const result = await database.db.execute<TChainRow>(
    sql`select position, previous_hash, hash, audit_event_hash(e) as recomputed, action from audit_events e order by position`,
  );
  return result.rows;
}

/** Positions 1…n without gaps, each row linked to its predecessor's hash, every hash recomputable. */
function expectValidChain(rows: TChainRow[]) {
  rows.forEach((row, index) => {
    expect(Number(row.position)).toBe(index + 1);
    expect(row.previous_hash).toBe(index === 0 ? genesisHash : rows[index - 1]?.hash);
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.hash).toBe(row.recomputed);
  });
}

async function countEvents(): Promise<number> {
  const result = await database.db.execute<{ count: number }>(sql`select count(*)::int as count from audit_events`);
  return result.rows[0]?.count ?? 0;
}

describe("the audit trail's hash chain", () => {
  it("numbers rows without gaps and links each to the hash of the row before", async () => {
    await recordAuditEvent(database.db, context, {
      action: "session.login",
      subjectType: "user",
      subjectId: randomUUID(),
    });
    await recordAuditEvents(database.db, context, [
      { action: "person.read", personId: randomUUID(), purpose: "counselling", detail: { fields: ["names"] } },
      { action: "person.update", personId: randomUUID(), detail: { fields: ["phone"] } },
    ]);
    await recordAuditEvent(database.db, context, { action: "session.logout" });
    const rows = await readChain();
    expect(rows.map((row) => row.action)).toEqual(["session.login", "person.read", "person.update", "session.logout"]);
    expectValidChain(rows);
  });

  it("overwrites position and hashes a writer tries to set itself", async () => {
    await database.db.execute(
      sql`insert into audit_events (action, position, previous_hash, hash) values ('person.list', 999, 'forged', 'forged')`,
    );
    const rows = await readChain();
    const last = rows.at(-1);
    expect(Number(last?.position)).toBe(rows.length);
    expect(last?.hash).not.toBe("forged");
    expectValidChain(rows);
  });

  it("stays one valid chain when several transactions write at once", async () => {
    const before = await countEvents();
    const writers = Array.from({ length: 12 }, (_, index) =>
      database.db.transaction(async (tx) => {
        await recordAuditEvent(tx, context, { action: "person.read", detail: { writer: index } });
        await recordAuditEvent(tx, context, { action: "person.update", detail: { writer: index } });
      }),
    );
    await Promise.all(writers);
    expect(await countEvents()).toBe(before + 24);
    expectValidChain(await readChain());
  });

  it("leaves no row behind when the transaction that wrote the event rolls back", async () => {
    const before = await countEvents();
    const marker = randomUUID();
    await expect(
      database.db.transaction(async (tx) => {
        await recordAuditEvent(tx, context, { action: "person.create", subjectType: "person", subjectId: marker });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const found = await database.db.execute(sql`select 1 from audit_events where subject_id = ${marker}`);
    expect(found.rows).toHaveLength(0);
    await recordAuditEvent(database.db, context, { action: "person.create" });
    expect(await countEvents()).toBe(before + 1);
    expectValidChain(await readChain());
  });
});

describe("the audit trail is append-only", () => {
  it.each([
    ["UPDATE", sql`update audit_events set action = 'session.logout' where position = 1`],
    ["DELETE", sql`delete from audit_events where position = 1`],
    ["TRUNCATE", sql`truncate audit_events`],
  ])("refuses %s, even to the table's owner", async (_, statement) => {
    const before = await readChain();
    await expect(database.db.execute(statement)).rejects.toMatchObject({
      cause: expect.objectContaining({ message: "audit_events is append-only", code: "42501" }),
    });
    expect(await readChain()).toEqual(before);
    expect((await verifyAuditTrail(database.db)).problem).toBeUndefined();
  });
});
