import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "../../platform/auth/auth-tables.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import { conceptSubGoals } from "../concept/concept-tables.js";

/**
 * Indicator values entered by hand for a sub-goal, with their source (official statistics and the
 * like): per year or month, district-wide (no administration) or for one municipal administration.
 */
export const conceptIndicatorValues = pgTable(
  "concept_indicator_values",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subGoalId: uuid("sub_goal_id")
      .notNull()
      .references(() => conceptSubGoals.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    month: smallint("month"),
    municipalUnitKey: text("municipal_unit_key").references(() => municipalUnits.key),
    value: numeric("value", { precision: 16, scale: 4, mode: "number" }).notNull(),
    source: text("source").notNull(),
    note: text("note"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [
    check("concept_indicator_values_month", sql`month is null or month between 1 and 12`),
    uniqueIndex("concept_indicator_values_one_per_cell").on(
      table.subGoalId,
      table.year,
      sql`coalesce(${table.month}, 0)`,
      sql`coalesce(${table.municipalUnitKey}, '')`,
    ),
    index("concept_indicator_values_sub_goal").on(table.subGoalId, table.year),
  ],
);
