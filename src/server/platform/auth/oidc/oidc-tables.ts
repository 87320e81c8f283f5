import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../auth-tables.js";

/** A user's account at an OpenID Connect provider: issuer + subject is the stable identity, never the e-mail. */
export const userIdentities = pgTable(
  "user_identities",
  {
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The configured provider id (KOMMMIT_OIDC_PROVIDERS) the identity came through. */
    providerId: text("provider_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.issuer, table.subject] }), index("user_identities_user").on(table.userId)],
);

/**
 * Login attempts under way: what the callback must check (state, nonce) and send (PKCE verifier).
 * Kept in the database so any instance can finish a login another one started; each row is used
 * once and lives a few minutes. The state itself is stored only as a hash.
 */
export const oidcLoginStates = pgTable(
  "oidc_login_states",
  {
    stateHash: text("state_hash").primaryKey(),
    providerId: text("provider_id").notNull(),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("oidc_login_states_expiry").on(table.expiresAt)],
);
