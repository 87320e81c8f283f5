import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import type { TCounsellingAction, TCounsellingScope } from "../counselling-scope.js";

export type TAppointmentAuditAction =
  | "appointment.list"
  | "appointment.read"
  | "appointment.create"
  | "appointment.update"
  | "appointment.cancel";

const scopeActions: Record<TAppointmentAuditAction, TCounsellingAction> = {
  "appointment.list": "list",
  "appointment.read": "read",
  "appointment.create": "create",
  "appointment.update": "update",
  "appointment.cancel": "update",
};

/** An appointment read or write in the audit trail, in its transaction: field names and parts, never the text. */
export function auditAppointment(
  executor: TDbExecutor,
  scope: TCounsellingScope,
  action: TAppointmentAuditAction,
  subject: { id: string; personId: string; type?: "appointment" | "person" },
  detail: Record<string, unknown> = {},
): Promise<void> {
  return recordAuditEvent(executor, scope.auditFor(scopeActions[action]), {
    action,
    subjectType: subject.type ?? "appointment",
    subjectId: subject.id,
    personId: subject.personId,
    purpose: "counselling",
    detail,
  });
}
