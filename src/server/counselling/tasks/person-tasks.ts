import { and, eq } from "drizzle-orm";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import type { TTask, TTaskInput, TTaskList } from "../../../common/counselling/task-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import type { TCounsellingScope } from "../counselling-scope.js";
import { auditTaskWrite } from "./task-audit.js";
import { personTaskOrder, selectTasks, toTask } from "./task-records.js";
import { assertTaskReferences } from "./task-references.js";
import { counsellingTasks } from "./task-tables.js";

async function assertPersonInScope(
  executor: TDbExecutor,
  scope: TCounsellingScope,
  personId: string,
  isWrite: boolean,
) {
  const [row] = await executor
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.id, personId), scope.scopeFor(isWrite ? "create" : "list")));
  if (!row) throw new HttpProblem(404, "notFound");
}

/** One task as the actor may read it; out of scope is 404. */
export async function readTaskWithin(executor: TDbExecutor, scope: TCounsellingScope, taskId: string): Promise<TTask> {
  const [found] = await selectTasks(executor, scope, todayInBerlin()).where(
    and(eq(counsellingTasks.id, taskId), scope.scopeFor("read")),
  );
  if (!found) throw new HttpProblem(404, "notFound");
  return toTask(found);
}

/** A person's tasks and follow-ups, audited as one list read. */
export function listPersonTasks(db: TDb, scope: TCounsellingScope, personId: string): Promise<TTaskList> {
  return db.transaction(async (tx) => {
    await assertPersonInScope(tx, scope, personId, false);
    const rows = await selectTasks(tx, scope, todayInBerlin())
      .where(and(eq(counsellingTasks.personId, personId), scope.scopeFor("list")))
      .orderBy(...personTaskOrder);
    await recordAuditEvent(tx, scope.auditFor("list"), {
      action: "task.list",
      subjectType: "person",
      subjectId: personId,
      personId,
      purpose: "counselling",
      detail: { count: rows.length },
    });
    return { items: rows.map(toTask) };
  });
}

/** Adds a task or follow-up; without an assignee, the one who creates it is to do it. */
export function createPersonTask(
  db: TDb,
  scope: TCounsellingScope,
  personId: string,
  input: TTaskInput,
): Promise<TTask> {
  return db.transaction(async (tx) => {
    await assertPersonInScope(tx, scope, personId, true);
    const assigneeUserId = input.assigneeUserId ?? scope.actorUserId;
    if (assigneeUserId === null) {
      throw new FieldRuleViolation([{ pointer: "/body/assigneeUserId", code: "task_assignee_not_caseworker" }]);
    }
    await assertTaskReferences(tx, scope, personId, {
      fieldOfActionCode: input.fieldOfActionCode,
      assigneeUserId,
    });
    const [created] = await tx
      .insert(counsellingTasks)
      .values({ ...input, personId, assigneeUserId, createdBy: scope.actorUserId })
      .returning({ id: counsellingTasks.id, personId: counsellingTasks.personId, kind: counsellingTasks.kind });
    if (!created) throw new Error("task insert returned no row");
    await auditTaskWrite(tx, scope, "task.create", created);
    return readTaskWithin(tx, scope, created.id);
  });
}
