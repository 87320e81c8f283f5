import { eq } from "drizzle-orm";
import type { TFieldMessageCode } from "../../../common/platform/field-messages.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import { fieldsOfAction } from "../../platform/reference/reference-tables.js";
import type { TCounsellingScope } from "../counselling-scope.js";

type TTaskReferences = { fieldOfActionCode?: string | null; assigneeUserId?: string };

/**
 * What a task names must exist and fit: the field of action in the reference data, and an assignee
 * who is an active caseworker able to work on this person's file. Every misfit is pointed at.
 */
export async function assertTaskReferences(
  executor: TDbExecutor,
  scope: TCounsellingScope,
  personId: string,
  references: TTaskReferences,
): Promise<void> {
  const violations: { pointer: string; code: TFieldMessageCode }[] = [];
  const { fieldOfActionCode, assigneeUserId } = references;
  if (fieldOfActionCode) {
    const [known] = await executor
      .select({ code: fieldsOfAction.code })
      .from(fieldsOfAction)
      .where(eq(fieldsOfAction.code, fieldOfActionCode));
    if (!known) violations.push({ pointer: "/body/fieldOfActionCode", code: "field_of_action_unknown" });
  }
  if (assigneeUserId && !(await scope.canUserWorkOn(executor, assigneeUserId, personId))) {
    violations.push({ pointer: "/body/assigneeUserId", code: "task_assignee_not_caseworker" });
  }
  if (violations.length > 0) throw new FieldRuleViolation(violations);
}
