import { type SQL, sql } from "drizzle-orm";
import type { TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TDbExecutor } from "../../platform/db/database.js";

/**
 * One audit event per staged row that touches a person, in one INSERT … SELECT over the import's
 * rows (the chain trigger numbers and hashes each): `person.create` for each person a commit
 * created, `person.list` for each registered person the preview shows as a likely duplicate, as
 * the search before create does. The detail names the import and row, never the contents.
 */
export async function auditStagedPersons(
  executor: TDbExecutor,
  context: TAuditContext,
  event: { action: "person.create" | "person.list"; importId: string; personId: SQL; rows: SQL },
): Promise<void> {
  await executor.execute(sql`
    insert into audit_events (action, actor_user_id, actor_token_id, organisation_ids, ip_address, subject_type,
      subject_id, person_id, detail)
    select ${event.action}, ${context.actorUserId}::uuid, ${context.actorTokenId}::uuid,
      ${sql.param(context.organisationIds)}::uuid[], ${context.ipAddress}, 'person', ${event.personId},
      ${event.personId}, jsonb_build_object('importId', ${event.importId}::text, 'rowNumber', r.row_number)
    from arrival_import_rows r
    where r.import_id = ${event.importId}::uuid and ${event.rows}
    order by r.row_number`);
}

/** The registered persons a validation showed as likely duplicates, audited as listed. */
export function auditShownCandidates(executor: TDbExecutor, context: TAuditContext, importId: string) {
  return auditStagedPersons(executor, context, {
    action: "person.list",
    importId,
    personId: sql`(r.candidate ->> 'id')::uuid`,
    rows: sql`r.candidate ->> 'kind' = 'person'`,
  });
}
