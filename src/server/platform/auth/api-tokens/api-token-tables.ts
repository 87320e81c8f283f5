import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { roles, type TRole } from "../../../../common/platform/organisations.js";
import { buildOneOfCheck } from "../../db/sql-helpers.js";
import { organisations } from "../../organisations/organisation-tables.js";
import { users } from "../auth-tables.js";

/**
 * API tokens for system integrations. A token acts with one role in one organisation, limited to
 * its scopes (`resource:action`). Only the SHA-256 of the secret is stored; the secret is shown once.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role").$type<TRole>().notNull(),
    scopes: text("scopes").array().notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [
    check("api_tokens_role", buildOneOfCheck("role", roles)),
    check("api_tokens_expiry", sql`expires_at <= created_at + interval '1 year'`),
    index("api_tokens_organisation").on(table.organisationId, table.createdAt),
  ],
);
