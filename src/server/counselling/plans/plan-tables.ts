import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  agreementChannels,
  goalStatuses,
  measureStatuses,
  planChangeKinds,
  planParts,
  planStatuses,
  responsibleKinds,
  type TAgreementChannel,
  type TGoalStatus,
  type TMeasureStatus,
  type TPlanChangeKind,
  type TPlanPart,
  type TPlanStatus,
  type TResponsibleKind,
} from "../../../common/counselling/plan.js";
import { persons } from "../../arrival/arrival-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { fieldsOfAction } from "../../platform/reference/reference-tables.js";

/**
 * A person's current integration plan (Förderplan): one per person. `version` counts every write
 * to the plan or its goals, measures and reviews, for optimistic concurrency. The agreement stays
 * when the plan changes afterwards; plan_changes says what changed since.
 */
export const integrationPlans = pgTable(
  "integration_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    status: text("status").$type<TPlanStatus>().notNull().default("draft"),
    agreedOn: date("agreed_on"),
    agreedHow: text("agreed_how").$type<TAgreementChannel>(),
    agreedWith: text("agreed_with"),
    /** When the agreement was recorded: changes after it are "changed since agreement". */
    agreementRecordedAt: timestamp("agreement_recorded_at", { withTimezone: true }),
    nextReviewOn: date("next_review_on"),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("integration_plans_person").on(table.personId),
    check("integration_plans_status", buildOneOfCheck("status", planStatuses)),
    check("integration_plans_agreed_how", buildOneOfCheck("agreed_how", agreementChannels)),
    check(
      "integration_plans_agreement",
      sql`(status = 'agreed') = (agreed_on is not null and agreed_how is not null and agreement_recorded_at is not null)`,
    ),
  ],
);

export const planGoals = pgTable(
  "plan_goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => integrationPlans.id, { onDelete: "cascade" }),
    fieldOfActionCode: text("field_of_action_code")
      .notNull()
      .references(() => fieldsOfAction.code),
    title: text("title").notNull(),
    description: text("description"),
    status: text("status").$type<TGoalStatus>().notNull().default("open"),
    position: integer("position").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("plan_goals_status", buildOneOfCheck("status", goalStatuses)),
    check("plan_goals_title", sql`title <> ''`),
    index("plan_goals_plan").on(table.planId, table.position),
  ],
);

export const planMeasures = pgTable(
  "plan_measures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => planGoals.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    responsibleKind: text("responsible_kind").$type<TResponsibleKind>().notNull(),
    responsibleOrganisationId: uuid("responsible_organisation_id").references(() => organisations.id),
    responsibleUserId: uuid("responsible_user_id").references(() => users.id),
    dueOn: date("due_on"),
    status: text("status").$type<TMeasureStatus>().notNull().default("planned"),
    position: integer("position").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("plan_measures_status", buildOneOfCheck("status", measureStatuses)),
    check("plan_measures_responsible_kind", buildOneOfCheck("responsible_kind", responsibleKinds)),
    check("plan_measures_title", sql`title <> ''`),
    check(
      "plan_measures_responsible",
      sql`(responsible_kind = 'provider') = (responsible_organisation_id is not null)
        and (responsible_user_id is null or responsible_kind = 'caseworker')`,
    ),
    index("plan_measures_goal").on(table.goalId, table.position),
  ],
);

export const planReviews = pgTable(
  "plan_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => integrationPlans.id, { onDelete: "cascade" }),
    reviewedOn: date("reviewed_on").notNull(),
    note: text("note").notNull(),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("plan_reviews_plan").on(table.planId, table.reviewedOn)],
);

/** The plan's history: every change to the plan, a goal or a measure, with the names of the fields changed. */
export const planChanges = pgTable(
  "plan_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => integrationPlans.id, { onDelete: "cascade" }),
    part: text("part").$type<TPlanPart>().notNull(),
    kind: text("kind").$type<TPlanChangeKind>().notNull(),
    subjectId: uuid("subject_id").notNull(),
    fields: text("fields").array().notNull(),
    changedBy: uuid("changed_by").references(() => users.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("plan_changes_part", buildOneOfCheck("part", planParts)),
    check("plan_changes_kind", buildOneOfCheck("kind", planChangeKinds)),
    index("plan_changes_plan").on(table.planId, table.changedAt),
  ],
);
