import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { persons } from "../../arrival/arrival-tables.js";
import { needs } from "../../counselling/assessments/assessment-tables.js";
import { municipalities } from "../../platform/reference/reference-tables.js";

/**
 * A need for which matching found no suitable offer within the person's reach (issue 6), kept for
 * steering (issue 8): which field of action lacks offers, where and since when. Resolved when a later
 * match finds an offer or the need is superseded by a newer interview; never deleted.
 */
export const unmetNeeds = pgTable(
  "unmet_needs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    fieldOfAction: text("field_of_action").notNull(),
    needCode: text("need_code").notNull(),
    municipalityAgs: text("municipality_ags").references(() => municipalities.ags),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("unmet_needs_one_open").on(table.needId).where(sql`resolved_at is null`),
    index("unmet_needs_field_municipality").on(table.fieldOfAction, table.municipalityAgs, table.recordedAt),
  ],
);
