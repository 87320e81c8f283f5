import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { TFirstContactWorklist, TFirstContactWorklistQuery } from "../../../common/arrival/worklist-schemas.js";
import { recordAuditEvents } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import { persons } from "../arrival-tables.js";
import type { TPersonAccess } from "./person-access.js";

/** The day the wait starts: arrival in the municipality, else registration (in the district's calendar). */
const waitingSince = sql<string>`coalesce(${persons.arrivedInMunicipalityOn},
  (${persons.createdAt} at time zone 'Europe/Berlin')::date)`;
const daysWaited = sql<number>`((now() at time zone 'Europe/Berlin')::date - ${waitingSince})`;

/**
 * Newcomers still waiting for a first contact, longest wait first, within the actor's list scope:
 * the district's promise to welcome everyone from the first day, measured against `targetDays`.
 * Every listed person is an audit event `person.list`, as in the person list.
 */
export async function listFirstContactWorklist(
  db: TDb,
  access: TPersonAccess,
  query: TFirstContactWorklistQuery,
  targetDays: number,
): Promise<TFirstContactWorklist> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: persons.id,
        givenName: persons.givenName,
        familyName: persons.familyName,
        municipalityAgs: persons.municipalityAgs,
        waitingSince: sql<string>`${waitingSince}::text`,
        daysWaited: daysWaited.mapWith(Number),
        total: sql<number>`count(*) over ()`.mapWith(Number),
        overdue: sql<number>`count(*) filter (where ${daysWaited} > ${targetDays}) over ()`.mapWith(Number),
      })
      .from(persons)
      .where(
        and(
          eq(persons.status, "active"),
          isNull(persons.firstContactOn),
          access.scopeFor("list"),
          query.municipalityAgs ? eq(persons.municipalityAgs, query.municipalityAgs) : undefined,
        ),
      )
      .orderBy(asc(waitingSince), asc(persons.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    await recordAuditEvents(
      tx,
      access.auditFor("list"),
      rows.map((row) => ({
        action: "person.list",
        subjectType: "person",
        subjectId: row.id,
        personId: row.id,
        detail: { list: "first_contact_worklist" },
      })),
    );
    return {
      items: rows.map(({ total: _total, overdue: _overdue, ...row }) => ({
        ...row,
        isOverdue: row.daysWaited > targetDays,
      })),
      total: rows[0]?.total ?? 0,
      overdue: rows[0]?.overdue ?? 0,
      targetDays,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
