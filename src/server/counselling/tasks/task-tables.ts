import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { type TTaskKind, type TTaskStatus, taskKinds, taskStatuses } from "../../../common/counselling/task-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import { buildOneOfCheck } from "../../platform/db/sql-helpers.js";
import { fieldsOfAction } from "../../platform/reference/reference-tables.js";

/**
 * Tasks and follow-ups (Wiedervorlagen) on a person's file, each with a caseworker who is to do it.
 * `version` counts every write, for optimistic concurrency.
 */
export const counsellingTasks = pgTable(
  "counselling_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    kind: text("kind").$type<TTaskKind>().notNull().default("task"),
    title: text("title").notNull(),
    note: text("note"),
    fieldOfActionCode: text("field_of_action_code").references(() => fieldsOfAction.code),
    dueOn: date("due_on").notNull(),
    remindOn: date("remind_on"),
    assigneeUserId: uuid("assignee_user_id")
      .notNull()
      .references(() => users.id),
    status: text("status").$type<TTaskStatus>().notNull().default("open"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: uuid("done_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("counselling_tasks_kind", buildOneOfCheck("kind", taskKinds)),
    check("counselling_tasks_status", buildOneOfCheck("status", taskStatuses)),
    check("counselling_tasks_title", sql`title <> ''`),
    check("counselling_tasks_remind", sql`remind_on is null or remind_on <= due_on`),
    check("counselling_tasks_done", sql`(status = 'done') = (done_at is not null)`),
    index("counselling_tasks_person").on(table.personId, table.status, table.dueOn),
    index("counselling_tasks_assignee").on(table.assigneeUserId, table.status, table.dueOn),
  ],
);

/**
 * Which user got the reminder digest on which day (Europe/Berlin): the key makes a second digest
 * the same day impossible, across job retries and instances.
 */
export const taskDigestDeliveries = pgTable(
  "task_digest_deliveries",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ name: "task_digest_deliveries_user_day", columns: [table.userId, table.day] })],
);
