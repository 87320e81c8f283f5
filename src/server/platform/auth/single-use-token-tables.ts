import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { buildOneOfCheck } from "../db/sql-helpers.js";
import { users } from "./auth-tables.js";

export const singleUseTokenPurposes = ["password_reset", "invitation"] as const;
export type TSingleUseTokenPurpose = (typeof singleUseTokenPurposes)[number];

/**
 * Tokens of mailed links (password reset, invitation). The link carries 32 random bytes; only
 * their SHA-256 is stored, so a copy of this table opens no account. A token works once, before
 * it expires.
 */
export const singleUseTokens = pgTable(
  "single_use_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    purpose: text("purpose").$type<TSingleUseTokenPurpose>().notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Who issued it (the inviting administrator); null when the user asked for it (password reset). */
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [
    check("single_use_tokens_purpose", buildOneOfCheck("purpose", singleUseTokenPurposes)),
    index("single_use_tokens_user").on(table.userId, table.purpose),
    index("single_use_tokens_expiry").on(table.expiresAt),
  ],
);
