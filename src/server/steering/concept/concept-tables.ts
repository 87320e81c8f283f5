import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  computedIndicatorKeys,
  conceptChangeKinds,
  conceptMeasureStatuses,
  conceptParts,
  conceptPeriodStatuses,
  type TComputedIndicatorKey,
  type TConceptChangeKind,
  type TConceptMeasureStatus,
  type TConceptPart,
  type TConceptPeriodStatus,
} from "../../../common/steering/concept.js";
import type { TConceptTarget } from "../../../common/steering/concept-schemas.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { districts, fieldsOfAction, municipalities } from "../../platform/reference/reference-tables.js";

/** Every part of the concept is versioned on its own, so coordinators can edit different parts at once. */
const bookkeeping = {
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
};

/** A concept period (e.g. 2018–2022): at most one per district is active. */
export const conceptPeriods = pgTable(
  "concept_periods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtAgs: text("district_ags")
      .notNull()
      .references(() => districts.ags),
    name: text("name").notNull(),
    startYear: integer("start_year").notNull(),
    endYear: integer("end_year").notNull(),
    status: text("status").$type<TConceptPeriodStatus>().notNull().default("draft"),
    ...bookkeeping,
  },
  (table) => [
    check("concept_periods_status", buildOneOfCheck("status", conceptPeriodStatuses)),
    check("concept_periods_years", sql`end_year >= start_year`),
    uniqueIndex("concept_periods_one_active").on(table.districtAgs).where(sql`status = 'active'`),
    index("concept_periods_district").on(table.districtAgs, table.startYear),
  ],
);

/** A field of action in a period: its guiding principle (Leitbild) and challenges (Herausforderungen). */
export const conceptStatements = pgTable(
  "concept_statements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    periodId: uuid("period_id")
      .notNull()
      .references(() => conceptPeriods.id, { onDelete: "cascade" }),
    fieldOfActionCode: text("field_of_action_code")
      .notNull()
      .references(() => fieldsOfAction.code),
    guidingPrinciple: text("guiding_principle").notNull(),
    challenges: text("challenges"),
    ...bookkeeping,
  },
  (table) => [uniqueIndex("concept_statements_field").on(table.periodId, table.fieldOfActionCode)],
);

/** A numbered, measurable sub-goal (Teilziel) with how it is measured, its baseline and its targets. */
export const conceptSubGoals = pgTable(
  "concept_sub_goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    statementId: uuid("statement_id")
      .notNull()
      .references(() => conceptStatements.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    indicatorDescription: text("indicator_description"),
    indicatorKey: text("indicator_key").$type<TComputedIndicatorKey>(),
    indicatorUnit: text("indicator_unit"),
    baselineValue: numeric("baseline_value", { mode: "number" }),
    baselineYear: integer("baseline_year"),
    baselineSource: text("baseline_source"),
    /** Target values by year, at most one per year (ZConceptSubGoalInput), in year order. */
    targets: jsonb("targets").$type<TConceptTarget[]>().notNull().default([]),
    responsibleOrganisationId: uuid("responsible_organisation_id").references(() => organisations.id),
    ...bookkeeping,
  },
  (table) => [
    uniqueIndex("concept_sub_goals_number").on(table.statementId, table.number),
    check("concept_sub_goals_indicator_key", buildOneOfCheck("indicator_key", computedIndicatorKeys)),
    check(
      "concept_sub_goals_baseline",
      sql`(baseline_value is null) = (baseline_year is null) and (baseline_source is null or baseline_value is not null)`,
    ),
  ],
);

/** A measure (Maßnahme) towards a sub-goal: who carries it out, with whom, where, when, at what cost, how far. */
export const conceptMeasures = pgTable(
  "concept_measures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subGoalId: uuid("sub_goal_id")
      .notNull()
      .references(() => conceptSubGoals.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    responsibleOrganisationId: uuid("responsible_organisation_id").references(() => organisations.id),
    otherPartners: text("other_partners"),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    status: text("status").$type<TConceptMeasureStatus>().notNull().default("planned"),
    budgetEur: numeric("budget_eur", { precision: 14, scale: 2, mode: "number" }),
    progressNotes: text("progress_notes"),
    ...bookkeeping,
  },
  (table) => [
    uniqueIndex("concept_measures_number").on(table.subGoalId, table.number),
    check("concept_measures_status", buildOneOfCheck("status", conceptMeasureStatuses)),
    check("concept_measures_timeline", sql`ends_on is null or starts_on is null or ends_on >= starts_on`),
    check("concept_measures_budget", sql`budget_eur is null or budget_eur >= 0`),
  ],
);

export const conceptMeasurePartners = pgTable(
  "concept_measure_partners",
  {
    measureId: uuid("measure_id")
      .notNull()
      .references(() => conceptMeasures.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    position: integer("position").notNull(),
  },
  (table) => [primaryKey({ columns: [table.measureId, table.organisationId] })],
);

export const conceptMeasureMunicipalities = pgTable(
  "concept_measure_municipalities",
  {
    measureId: uuid("measure_id")
      .notNull()
      .references(() => conceptMeasures.id, { onDelete: "cascade" }),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
  },
  (table) => [primaryKey({ columns: [table.measureId, table.municipalityAgs] })],
);

/**
 * The concept's history, append-only: every addition, change and removal of a part with the
 * fields' values before and after. A concept holds no personal data, so unlike a person's plan the
 * values are kept; the audit trail names only the fields.
 */
export const conceptChanges = pgTable(
  "concept_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    periodId: uuid("period_id")
      .notNull()
      .references(() => conceptPeriods.id, { onDelete: "cascade" }),
    part: text("part").$type<TConceptPart>().notNull(),
    kind: text("kind").$type<TConceptChangeKind>().notNull(),
    subjectId: uuid("subject_id").notNull(),
    fields: text("fields").array().notNull(),
    values: jsonb("values").$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
    changedBy: uuid("changed_by").references(() => users.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("concept_changes_part", buildOneOfCheck("part", conceptParts)),
    check("concept_changes_kind", buildOneOfCheck("kind", conceptChangeKinds)),
    index("concept_changes_period").on(table.periodId, table.changedAt),
  ],
);
