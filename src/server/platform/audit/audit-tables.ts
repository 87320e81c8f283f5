import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The audit trail: append-only and hash-chained. A trigger (migration audit_chain) numbers every
 * new row, links it to the previous row's hash and refuses updates, deletes and truncation, so no
 * code path, and no one with the application's database role, can rewrite history unnoticed.
 * Rows name records by id, never their contents.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Gap-free order of the chain. This and the two hashes are always overwritten by the trigger. */
    position: bigint("position", { mode: "number" }).notNull().unique().default(0),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    action: text("action").notNull(),
    actorUserId: uuid("actor_user_id"),
    actorTokenId: uuid("actor_token_id"),
    /** The organisations the actor acted for (their memberships that granted the action). */
    organisationIds: uuid("organisation_ids").array().notNull().default([]),
    subjectType: text("subject_type"),
    subjectId: uuid("subject_id"),
    /** The person the event concerns, also when the subject is a part of their file. */
    personId: uuid("person_id"),
    purpose: text("purpose"),
    ipAddress: text("ip_address"),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    previousHash: text("previous_hash").notNull().default(""),
    hash: text("hash").notNull().default(""),
  },
  (table) => [
    index("audit_events_occurred").on(table.occurredAt),
    index("audit_events_person").on(table.personId, table.occurredAt),
    index("audit_events_actor").on(table.actorUserId, table.occurredAt),
    index("audit_events_action").on(table.action, table.occurredAt),
  ],
);
