import { eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TTask } from "../../../common/counselling/task-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import type { TCounsellingScope } from "../counselling-scope.js";
import { counsellingTasks } from "./task-tables.js";

const assignees = alias(users, "task_assignees");
const completers = alias(users, "task_completers");
const creators = alias(users, "task_creators");

/** Open and due before today: the condition "overdue" in SQL, for lists and the digest alike. */
export function buildOverdueCondition(today: string): SQL {
  return sql`(${counsellingTasks.status} = 'open' and ${counsellingTasks.dueOn} < ${today})`;
}

/**
 * Tasks with their people's names, joined with persons so that callers add the scope; `canUpdate`
 * says per row whether the actor may change it.
 */
export function selectTasks(executor: TDbExecutor, scope: TCounsellingScope, today: string) {
  return executor
    .select({
      row: counsellingTasks,
      assigneeName: assignees.displayName,
      doneByName: completers.displayName,
      createdByName: creators.displayName,
      isOverdue: sql<boolean>`${buildOverdueCondition(today)}`,
      canUpdate: sql<boolean>`(${scope.scopeFor("update")})`,
      personGivenName: persons.givenName,
      personFamilyName: persons.familyName,
    })
    .from(counsellingTasks)
    .innerJoin(persons, eq(persons.id, counsellingTasks.personId))
    .innerJoin(assignees, eq(assignees.id, counsellingTasks.assigneeUserId))
    .leftJoin(completers, eq(completers.id, counsellingTasks.doneBy))
    .leftJoin(creators, eq(creators.id, counsellingTasks.createdBy));
}

type TSelectedTask = Awaited<ReturnType<ReturnType<typeof selectTasks>["execute"]>>[number];

/** Open tasks first by due date, then done and cancelled ones, the latest first. */
export const personTaskOrder = [
  sql`${counsellingTasks.status} <> 'open'`,
  sql`case when ${counsellingTasks.status} = 'open' then ${counsellingTasks.dueOn} end asc`,
  sql`${counsellingTasks.updatedAt} desc`,
  sql`${counsellingTasks.id}`,
];

export function toTask(selected: TSelectedTask): TTask {
  const { row } = selected;
  return {
    id: row.id,
    personId: row.personId,
    kind: row.kind,
    title: row.title,
    note: row.note,
    fieldOfActionCode: row.fieldOfActionCode,
    dueOn: row.dueOn,
    remindOn: row.remindOn,
    assignee: { id: row.assigneeUserId, displayName: selected.assigneeName },
    status: row.status,
    isOverdue: selected.isOverdue,
    doneAt: row.doneAt?.toISOString() ?? null,
    doneBy: row.doneBy && selected.doneByName !== null ? { id: row.doneBy, displayName: selected.doneByName } : null,
    createdAt: row.createdAt.toISOString(),
    createdByName: selected.createdByName,
    version: row.version,
    allowedActions: selected.canUpdate ? ["update"] : [],
  };
}

export function personDisplayName(selected: TSelectedTask): string {
  return [selected.personGivenName, selected.personFamilyName].filter((part) => part !== "").join(" ");
}
