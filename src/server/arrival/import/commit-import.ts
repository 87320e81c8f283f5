import { and, eq, inArray, sql } from "drizzle-orm";
import type { TImportRowStatus } from "../../../common/arrival/import-schemas.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { persons } from "../arrival-tables.js";
import type { TPersonAccess } from "../persons/person-access.js";
import { auditStagedPersons } from "./import-audit.js";
import { arrivalImportRows, arrivalImports } from "./import-tables.js";

/** The columns of a staged record (staged-record.ts) with their SQL types, for jsonb_to_record. */
const recordColumns = sql.raw(`given_name text, family_name text, birth_year smallint, birth_month smallint,
  birth_day smallint, sex text, nationalities text[], municipality_ags text, residence_category text,
  arrived_in_germany_on date, arrived_in_municipality_on date, permit_expires_on date, street text,
  postal_code text, phone text, email text, preferred_language text, given_keys text[], family_keys text[],
  family_normalised text`);

const personColumns = sql.raw(`given_name, family_name, birth_year, birth_month, birth_day, sex, nationalities,
  municipality_ags, residence_category, arrived_in_germany_on, arrived_in_municipality_on, permit_expires_on,
  street, postal_code, phone, email, preferred_language, given_keys, family_keys, family_normalised`);

const uniqueViolation = "23505";

function isUniqueViolation(error: unknown): boolean {
  const cause = error instanceof Error && "cause" in error ? error.cause : error;
  return typeof cause === "object" && cause !== null && "code" in cause && cause.code === uniqueViolation;
}

/**
 * Creates the import's persons, all or nothing, in the caller's transaction: one INSERT … SELECT of
 * the staged records, their fingerprints (a fingerprint committed meanwhile by another import is a
 * unique violation: the whole commit is refused), the scope checked in SQL for every new record, one
 * audit event per person and one for the import. Returns how many persons were created.
 */
export async function commitStagedRows(
  tx: TDbExecutor,
  access: TPersonAccess,
  importId: string,
  includeLikelyDuplicates: boolean,
): Promise<number> {
  const included: TImportRowStatus[] = includeLikelyDuplicates ? ["ok", "likely_duplicate"] : ["ok"];
  const statuses = sql`r.status = any(${sql.param(included)}::text[])`;
  try {
    const created = await tx.execute(sql`
      insert into persons (id, ${personColumns})
      select r.person_id, ${personColumns}
      from arrival_import_rows r cross join lateral jsonb_to_record(r.record) as x(${recordColumns})
      where r.import_id = ${importId}::uuid and ${statuses}
      order by r.row_number`);
    await tx.execute(sql`
      insert into arrival_import_persons (fingerprint, person_id, import_id)
      select r.fingerprint, r.person_id, r.import_id from arrival_import_rows r
      where r.import_id = ${importId}::uuid and ${statuses}`);
    const [outside] = await tx
      .select({ count: sql<number>`count(*)`.mapWith(Number) })
      .from(persons)
      .where(
        and(
          sql`${persons.id} in (select r.person_id from arrival_import_rows r where r.import_id = ${importId}::uuid and ${statuses})`,
          sql`not (${access.scopeFor("create")})`,
        ),
      );
    if ((outside?.count ?? 0) > 0) {
      throw new FieldRuleViolation([{ pointer: "/body", code: "municipality_outside_area" }]);
    }
    await auditStagedPersons(tx, access.auditFor("create"), {
      action: "person.create",
      importId,
      personId: sql`r.person_id`,
      rows: statuses,
    });
    const createdPersons = created.rowCount ?? 0;
    await recordAuditEvent(tx, access.auditFor("create"), {
      action: "arrival_import.commit",
      subjectType: "arrival_import",
      subjectId: importId,
      detail: { createdPersons, includeLikelyDuplicates },
    });
    await tx
      .update(arrivalImports)
      .set({ status: "committed", createdPersons, committedAt: sql`now()` })
      .where(eq(arrivalImports.id, importId));
    // Least data: the created rows live on as persons; only what was left out stays for the error report.
    await tx
      .delete(arrivalImportRows)
      .where(
        and(
          eq(arrivalImportRows.importId, importId),
          inArray(arrivalImportRows.status, [...included, "already_imported"]),
        ),
      );
    return createdPersons;
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpProblem(409, "importOverlapsCommitted");
    throw error;
  }
}
