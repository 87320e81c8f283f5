import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  assessmentSources,
  assessmentStatuses,
  needPriorities,
  needStatuses,
  type TAssessmentSource,
  type TAssessmentStatus,
  type TNeedPriority,
  type TNeedStatus,
} from "../../../common/counselling/assessment-schemas.js";
import type { TAnswers, TText } from "../../../common/counselling/questionnaire-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { fieldsOfAction } from "../../platform/reference/reference-tables.js";

/**
 * Needs assessments: the answers under the questionnaire version they were given in. While in
 * progress they are saved section by section (with the section to resume at); completing one
 * derives the needs. At most one assessment per person and questionnaire is in progress.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    questionnaireKey: text("questionnaire_key").notNull(),
    questionnaireVersion: integer("questionnaire_version").notNull(),
    source: text("source").$type<TAssessmentSource>().notNull(),
    status: text("status").$type<TAssessmentStatus>().notNull().default("in_progress"),
    answers: jsonb("answers").$type<TAnswers>().notNull().default({}),
    currentSectionId: text("current_section_id"),
    startedBy: uuid("started_by").references(() => users.id),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedBy: uuid("completed_by").references(() => users.id),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (table) => [
    check("assessments_status", buildOneOfCheck("status", assessmentStatuses)),
    check("assessments_source", buildOneOfCheck("source", assessmentSources)),
    check("assessments_completed", sql`(status = 'completed') = (completed_at is not null)`),
    index("assessments_person").on(table.personId, table.startedAt),
    uniqueIndex("assessments_one_in_progress")
      .on(table.personId, table.questionnaireKey)
      .where(sql`status = 'in_progress'`),
  ],
);

/** The needs a completed assessment's rules derived, with the reason in German and English. */
export const needs = pgTable(
  "needs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    fieldOfAction: text("field_of_action")
      .notNull()
      .references(() => fieldsOfAction.code),
    code: text("code").notNull(),
    priority: text("priority").$type<TNeedPriority>().notNull(),
    reason: jsonb("reason").$type<TText>().notNull(),
    status: text("status").$type<TNeedStatus>().notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("needs_priority", buildOneOfCheck("priority", needPriorities)),
    check("needs_status", buildOneOfCheck("status", needStatuses)),
    index("needs_person").on(table.personId, table.status),
    uniqueIndex("needs_assessment_code").on(table.assessmentId, table.code),
  ],
);
