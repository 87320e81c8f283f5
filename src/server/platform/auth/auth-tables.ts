import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { roles, type TRole } from "../../../common/platform/organisations.js";
import { buildOneOfCheck } from "../db/sql-helpers.js";
import { organisations } from "../organisations/organisation-tables.js";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    /** argon2id; null for users who only log in through single sign-on. */
    passwordHash: text("password_hash"),
    locale: text("locale").notNull().default("de"),
    isActive: boolean("is_active").notNull().default(true),
    /** Set while an invitation is open (the user cannot log in yet); cleared when accepted or deactivated. */
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("users_email").on(sql`lower(${table.email})`)],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role").$type<TRole>().notNull(),
    /**
     * Who granted it: "manual" (an administrator) or "oidc:<provider id>" (role mapping at single
     * sign-on). A login through a provider replaces only that provider's memberships.
     */
    source: text("source").notNull().default("manual"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.organisationId, table.role] }),
    check("memberships_role", buildOneOfCheck("role", roles)),
    check("memberships_source", sql`source = 'manual' or source like 'oidc:%'`),
    index("memberships_organisation").on(table.organisationId),
  ],
);

export const storedSessionStages = ["second_factor_pending", "complete"] as const;
export type TStoredSessionStage = (typeof storedSessionStages)[number];

/**
 * Cookie sessions. The cookie holds a random token; only its SHA-256 is stored here. `id` names a
 * session in the API (the session list) without revealing anything that could be looked up by.
 * A session opened by password for a user who needs a second factor starts "second_factor_pending"
 * and grants nothing but the second-factor routes until it is replaced by a "complete" one.
 */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    id: uuid("id").notNull().defaultRandom(),
    stage: text("stage").$type<TStoredSessionStage>().notNull().default("complete"),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    idleExpiresAt: timestamp("idle_expires_at", { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp("absolute_expires_at", { withTimezone: true }).notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
  },
  (table) => [
    uniqueIndex("sessions_id").on(table.id),
    check("sessions_stage", buildOneOfCheck("stage", storedSessionStages)),
    index("sessions_user").on(table.userId),
    index("sessions_idle_expiry").on(table.idleExpiresAt),
    index("sessions_absolute_expiry").on(table.absoluteExpiresAt),
  ],
);
