import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { portalLanguages, type TPortalLanguage } from "../../../common/arrival/self-registration.js";
import { persons } from "../../arrival/arrival-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { assessments } from "../assessments/assessment-tables.js";

/**
 * A newcomer's invitation to answer the first interview themselves on the portal: a link with a
 * token (only its hash is kept) to one self-check assessment, in a portal language, until it
 * expires, is revoked, or the answers are sent. Sent answers wait as a draft for staff to confirm.
 */
export const selfCheckInvitations = pgTable(
  "self_check_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    assessmentId: uuid("assessment_id")
      .notNull()
      .unique()
      .references(() => assessments.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    language: text("language").$type<TPortalLanguage>().notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [
    check("self_check_invitations_language", buildOneOfCheck("language", portalLanguages)),
    index("self_check_invitations_person").on(table.personId, table.createdAt),
  ],
);
