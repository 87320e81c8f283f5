import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  appointmentKinds,
  appointmentStatuses,
  type TAppointmentKind,
  type TAppointmentStatus,
} from "../../../common/counselling/appointment-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";

/** Appointments with a person: when, how and where, with whom, and whether an interpreter is needed. */
export const counsellingAppointments = pgTable(
  "counselling_appointments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    kind: text("kind").$type<TAppointmentKind>().notNull(),
    location: text("location"),
    title: text("title").notNull(),
    note: text("note"),
    staffUserId: uuid("staff_user_id")
      .notNull()
      .references(() => users.id),
    /** ISO 639 code of the language an interpreter is needed for; null when none is. */
    interpreterLanguage: text("interpreter_language"),
    status: text("status").$type<TAppointmentStatus>().notNull().default("planned"),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("counselling_appointments_kind", buildOneOfCheck("kind", appointmentKinds)),
    check("counselling_appointments_status", buildOneOfCheck("status", appointmentStatuses)),
    check("counselling_appointments_title", sql`title <> ''`),
    check("counselling_appointments_times", sql`ends_at > starts_at`),
    index("counselling_appointments_person").on(table.personId, table.startsAt),
  ],
);
