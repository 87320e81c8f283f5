import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Keys the instances of one installation must share (e.g. the signing key of the portal's form
 * tokens), made once by whichever instance starts first. Kept in the database because the
 * application is stateless: a key made per process would refuse what another instance signed.
 */
export const serverSecrets = pgTable("server_secrets", {
  name: text("name").primaryKey(),
  /** 32 random bytes, base64. */
  secret: text("secret").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
