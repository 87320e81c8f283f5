import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildUser } from "../../testing/factories.js";
import { createTestDatabase } from "../../testing/test-database.js";
import type { TDatabase } from "../db/database.js";
import { purgeSpentTokens } from "./purge-spent-tokens.js";
import { hashToken } from "./session-service.js";
import { singleUseTokens } from "./single-use-token-tables.js";
import { issueSingleUseToken } from "./single-use-tokens.js";

let database: TDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

it("deletes mailed-link tokens a day after use or expiry, and keeps live ones", async () => {
  const { user } = await buildUser(database.db);
  const { user: other } = await buildUser(database.db);
  const live = await issueSingleUseToken(database.db, { purpose: "invitation", userId: user.id, createdBy: null });
  const used = await issueSingleUseToken(database.db, { purpose: "password_reset", userId: user.id, createdBy: null });
  const expired = await issueSingleUseToken(database.db, {
    purpose: "password_reset",
    userId: other.id,
    createdBy: null,
  });
  await database.db
    .update(singleUseTokens)
    .set({ usedAt: sql`now() - interval '2 days'` })
    .where(eq(singleUseTokens.tokenHash, hashToken(used)));
  await database.db
    .update(singleUseTokens)
    .set({ expiresAt: sql`now() - interval '2 days'` })
    .where(eq(singleUseTokens.tokenHash, hashToken(expired)));

  expect((await purgeSpentTokens(database.db)).mailedLinks).toBe(2);
  const left = await database.db.select({ tokenHash: singleUseTokens.tokenHash }).from(singleUseTokens);
  expect(left.map((row) => row.tokenHash)).toEqual([hashToken(live)]);
});
