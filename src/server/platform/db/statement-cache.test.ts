import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../testing/test-database.js";
import type { TDatabase } from "./database.js";
import { cacheStatementsOf, statementName } from "./statement-cache.js";

let database: TDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function preparedOn(client: pg.ClientBase): Promise<string[]> {
  const result = await client.query<{ statement: string }>("select statement from pg_prepared_statements");
  return result.rows.map((row) => row.statement);
}

const probe = "select $1::int + 1 as next";

describe("statement cache", () => {
  it("prepares a repeated parameterised statement once per connection and reuses it", async () => {
    const client = await database.pool.connect();
    try {
      for (const value of [1, 2, 3]) {
        const result = await client.query<{ next: number }>(probe, [value]);
        expect(result.rows).toEqual([{ next: value + 1 }]);
      }
      const sameText = await client.query<{ next: number }>({ text: probe, values: [41] });
      expect(sameText.rows).toEqual([{ next: 42 }]);
      expect((await preparedOn(client)).filter((statement) => statement === probe)).toHaveLength(1);
    } finally {
      client.release();
    }
  });

  it("leaves statements without parameters unnamed, so several statements in one text still run", async () => {
    const client = await database.pool.connect();
    try {
      const results = (await client.query("select 1 as one; select 2 as two")) as unknown as pg.QueryResult[];
      expect(results.map((result) => result.rows[0])).toEqual([{ one: 1 }, { two: 2 }]);
      expect(await preparedOn(client)).not.toContain("select 1 as one; select 2 as two");
    } finally {
      client.release();
    }
  });

  it("keeps no more statements than its limits allow, and runs the others unnamed", async () => {
    const client = await database.pool.connect();
    try {
      // The connection's own query, without the pool's statement cache in front of it.
      const limited = { query: pg.Client.prototype.query.bind(client) } as unknown as pg.ClientBase;
      cacheStatementsOf(limited, { maxStatements: 1, maxParameters: 2, maxTextLength: 100 });
      const texts = ["select $1::int as a", "select $1::int as b", "select $1::int + $2 + $3 as c"];
      for (const text of texts) await limited.query(text, text.includes("$3") ? [1, 2, 3] : [1]);
      const prepared = await preparedOn(client);
      expect(prepared).toContain(texts[0]);
      expect(prepared).not.toContain(texts[1]);
      expect(prepared).not.toContain(texts[2]);
    } finally {
      client.release();
    }
  });

  it("starts every new connection from no statements, so a reconnect never collides with an old name", async () => {
    const first = await database.pool.connect();
    await first.query(probe, [1]);
    first.release(true);
    const second = await database.pool.connect();
    try {
      expect((await second.query<{ next: number }>(probe, [2])).rows).toEqual([{ next: 3 }]);
      expect((await preparedOn(second)).filter((statement) => statement === probe)).toHaveLength(1);
    } finally {
      second.release();
    }
  });

  it("names a text by its content", () => {
    expect(statementName(probe)).toBe(statementName(probe));
    expect(statementName(probe)).not.toBe(statementName(`${probe} `));
    expect(statementName(probe)).toMatch(/^kommmit_[0-9a-f]{20}$/);
  });
});
