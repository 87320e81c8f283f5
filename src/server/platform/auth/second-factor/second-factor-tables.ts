import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../auth-tables.js";

/**
 * A user's TOTP authenticator (RFC 6238). The secret is stored as is (base32), see docs/security.md
 * "left for later"; no API returns it after the enrolment answer. `confirmedAt` is null while an
 * enrolment waits for its first code. `lastUsedStep` is the 30-second time step of the last accepted
 * code: a code is accepted only for a later step, so an overheard code cannot be replayed.
 */
export const totpCredentials = pgTable("totp_credentials", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secret: text("secret").notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  lastUsedStep: bigint("last_used_step", { mode: "number" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Single-use recovery codes, shown once; only their SHA-256 is kept (they are random, not chosen). */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("recovery_codes_user").on(table.userId, table.codeHash)],
);
