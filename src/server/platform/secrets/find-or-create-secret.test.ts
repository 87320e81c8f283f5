import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../testing/test-database.js";
import type { TDatabase } from "../db/database.js";
import { findOrCreateSecret } from "./find-or-create-secret.js";

let database: TDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("server secrets", () => {
  it("are made once and then shared: every caller gets the same 32 bytes, another name another key", async () => {
    const [first, second] = await Promise.all([
      findOrCreateSecret(database.db, "test_key"),
      findOrCreateSecret(database.db, "test_key"),
    ]);
    expect(first).toHaveLength(32);
    expect(second.equals(first)).toBe(true);
    expect((await findOrCreateSecret(database.db, "test_key")).equals(first)).toBe(true);
    expect((await findOrCreateSecret(database.db, "other_key")).equals(first)).toBe(false);
  });
});
