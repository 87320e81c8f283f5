import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import type { TCounsellingScope } from "../counselling-scope.js";

export type TTaskAuditAction = "task.create" | "task.update" | "task.complete" | "task.reopen" | "task.cancel";

/** A write to a task in the audit trail, in the write's transaction: the kind and field names, never the text. */
export function auditTaskWrite(
  executor: TDbExecutor,
  scope: TCounsellingScope,
  action: TTaskAuditAction,
  task: { id: string; personId: string; kind: string },
  fields: string[] = [],
): Promise<void> {
  return recordAuditEvent(executor, scope.auditFor(action === "task.create" ? "create" : "update"), {
    action,
    subjectType: "task",
    subjectId: task.id,
    personId: task.personId,
    purpose: "counselling",
    detail: { kind: task.kind, ...(fields.length > 0 ? { fields } : {}) },
  });
}
