import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  caseCloseReasons,
  caseStatuses,
  type TCaseCloseReason,
  type TCaseStatus,
} from "../../../common/counselling/case-schemas.js";
import { handoverStates, type THandoverState } from "../../../common/counselling/handover-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { fieldsOfAction } from "../../platform/reference/reference-tables.js";

/**
 * A person's case (Fall): its status, the desk responsible (district, municipal unit or provider)
 * and the caseworker it is assigned to. A person has at most one case that is not closed.
 */
export const counsellingCases = pgTable(
  "counselling_cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    status: text("status").$type<TCaseStatus>().notNull().default("open"),
    deskOrganisationId: uuid("desk_organisation_id")
      .notNull()
      .references(() => organisations.id),
    assigneeUserId: uuid("assignee_user_id").references(() => users.id),
    openedBy: uuid("opened_by").references(() => users.id),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("counselling_cases_status", buildOneOfCheck("status", caseStatuses)),
    uniqueIndex("counselling_cases_one_not_closed").on(table.personId).where(sql`status <> 'closed'`),
    index("counselling_cases_person").on(table.personId),
    index("counselling_cases_desk").on(table.deskOrganisationId).where(sql`status <> 'closed'`),
  ],
);

/** Every status change of a case: who, when, from, to and why (closing names a reason from the list). */
export const counsellingCaseStatusChanges = pgTable(
  "counselling_case_status_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => counsellingCases.id, { onDelete: "cascade" }),
    fromStatus: text("from_status").$type<TCaseStatus>(),
    toStatus: text("to_status").$type<TCaseStatus>().notNull(),
    closeReason: text("close_reason").$type<TCaseCloseReason>(),
    reasonText: text("reason_text"),
    changedBy: uuid("changed_by").references(() => users.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("counselling_case_status_changes_from", buildOneOfCheck("from_status", caseStatuses)),
    check("counselling_case_status_changes_to", buildOneOfCheck("to_status", caseStatuses)),
    check("counselling_case_status_changes_reason", buildOneOfCheck("close_reason", caseCloseReasons)),
    check("counselling_case_status_changes_closing", sql`(to_status = 'closed') = (close_reason is not null)`),
    index("counselling_case_status_changes_case").on(table.caseId, table.changedAt),
  ],
);

/**
 * A case handed from one desk to another. While pending, the receiving desk sees the person's
 * core data and the note (ACCESS.md rule 5); accepting moves the case's desk. At most one
 * handover per case waits at a time.
 */
export const counsellingHandovers = pgTable(
  "counselling_handovers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => counsellingCases.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    fromOrganisationId: uuid("from_organisation_id")
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid("to_organisation_id")
      .notNull()
      .references(() => organisations.id),
    toUserId: uuid("to_user_id").references(() => users.id),
    note: text("note").notNull(),
    state: text("state").$type<THandoverState>().notNull().default("pending"),
    declineReason: text("decline_reason"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (table) => [
    check("counselling_handovers_state", buildOneOfCheck("state", handoverStates)),
    check("counselling_handovers_decline_reason", sql`(state = 'declined') = (decline_reason is not null)`),
    check("counselling_handovers_other_desk", sql`from_organisation_id <> to_organisation_id`),
    uniqueIndex("counselling_handovers_one_pending").on(table.caseId).where(sql`state = 'pending'`),
    index("counselling_handovers_to").on(table.toOrganisationId, table.state),
    index("counselling_handovers_from").on(table.fromOrganisationId, table.state),
    index("counselling_handovers_person").on(table.personId).where(sql`state = 'pending'`),
  ],
);

/**
 * Case notes, append-only: a correction is a new note. A confidential note is visible to its author
 * only; every query that reads notes says so in SQL.
 */
export const counsellingCaseNotes = pgTable(
  "counselling_case_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => counsellingCases.id, { onDelete: "cascade" }),
    authorUserId: uuid("author_user_id")
      .notNull()
      .references(() => users.id),
    text: text("text").notNull(),
    fieldOfAction: text("field_of_action").references(() => fieldsOfAction.code),
    isConfidential: boolean("is_confidential").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("counselling_case_notes_case").on(table.caseId, table.createdAt)],
);
