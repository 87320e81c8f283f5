import { and, eq, sql } from "drizzle-orm";
import type { TTask, TTaskPatch, TTaskStatus, TTaskStatusChange } from "../../../common/counselling/task-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import type { TCounsellingScope } from "../counselling-scope.js";
import { readTaskWithin } from "./person-tasks.js";
import { auditTaskWrite, type TTaskAuditAction } from "./task-audit.js";
import { assertTaskReferences } from "./task-references.js";
import { counsellingTasks } from "./task-tables.js";

/** The task, locked for this transaction, at the version the client read: out of scope 404, written since 409. */
async function lockTask(tx: TDbExecutor, scope: TCounsellingScope, taskId: string, version: number) {
  const [row] = await tx
    .select({ task: counsellingTasks })
    .from(counsellingTasks)
    .innerJoin(persons, eq(persons.id, counsellingTasks.personId))
    .where(and(eq(counsellingTasks.id, taskId), scope.scopeFor("update")))
    .for("update", { of: counsellingTasks });
  if (!row) throw new HttpProblem(404, "notFound");
  if (row.task.version !== version) throw new HttpProblem(409, "changedMeanwhile");
  return row.task;
}

const bumpVersion = { version: sql`${counsellingTasks.version} + 1`, updatedAt: sql`now()` };

/** Changes a task's fields; the reminder is checked against the due date as they will be. */
export function updateTask(db: TDb, scope: TCounsellingScope, taskId: string, patch: TTaskPatch): Promise<TTask> {
  return db.transaction(async (tx) => {
    const { version, ...changes } = patch;
    const task = await lockTask(tx, scope, taskId, version);
    const dueOn = changes.dueOn ?? task.dueOn;
    const remindOn = changes.remindOn === undefined ? task.remindOn : changes.remindOn;
    if (remindOn !== null && remindOn > dueOn) {
      throw new FieldRuleViolation([{ pointer: "/body/remindOn", code: "task_remind_after_due" }]);
    }
    const fields = Object.entries(changes)
      .filter(([key, value]) => value !== undefined && value !== task[key as keyof typeof changes])
      .map(([key]) => key)
      .sort();
    await assertTaskReferences(tx, scope, task.personId, {
      ...(fields.includes("fieldOfActionCode") ? { fieldOfActionCode: changes.fieldOfActionCode } : {}),
      ...(fields.includes("assigneeUserId") ? { assigneeUserId: changes.assigneeUserId } : {}),
    });
    if (fields.length > 0) {
      await tx
        .update(counsellingTasks)
        .set({ ...changes, ...bumpVersion })
        .where(eq(counsellingTasks.id, taskId));
      await auditTaskWrite(tx, scope, "task.update", { ...task, kind: changes.kind ?? task.kind }, fields);
    }
    return readTaskWithin(tx, scope, taskId);
  });
}

const statusActions: Record<TTaskStatus, TTaskAuditAction> = {
  open: "task.reopen",
  done: "task.complete",
  cancelled: "task.cancel",
};

/** Marks a task done (with who and when), cancels it, or reopens it. The same status again changes nothing. */
export function changeTaskStatus(
  db: TDb,
  scope: TCounsellingScope,
  taskId: string,
  change: TTaskStatusChange,
): Promise<TTask> {
  return db.transaction(async (tx) => {
    const task = await lockTask(tx, scope, taskId, change.version);
    if (task.status !== change.status) {
      const isDone = change.status === "done";
      await tx
        .update(counsellingTasks)
        .set({
          status: change.status,
          doneAt: isDone ? sql`now()` : null,
          doneBy: isDone ? scope.actorUserId : null,
          ...bumpVersion,
        })
        .where(eq(counsellingTasks.id, taskId));
      await auditTaskWrite(tx, scope, statusActions[change.status], task);
    }
    return readTaskWithin(tx, scope, taskId);
  });
}
