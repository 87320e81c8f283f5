import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed-attempt counters with progressive lockout (throttle.ts), shared by every instance on the
 * database. `subject` is a hash (of an e-mail address, a client address, a user id …), so the table
 * holds no personal data in clear.
 */
export const authThrottles = pgTable(
  "auth_throttles",
  {
    purpose: text("purpose").notNull(),
    subject: text("subject").notNull(),
    failures: integer("failures").notNull().default(0),
    lockouts: integer("lockouts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.purpose, table.subject] })],
);
