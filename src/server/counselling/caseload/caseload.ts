import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TCaseload, TCaseloadQuery } from "../../../common/counselling/caseload-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import type { TPersonAccess } from "../../arrival/persons/person-access.js";
import { findGrants } from "../../platform/access/grants.js";
import { recordAuditEvents } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDb } from "../../platform/db/database.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { assessments, needs } from "../assessments/assessment-tables.js";
import { casePolicy } from "../cases/case-policy.js";
import { buildCaseCareCondition } from "../cases/case-scope.js";
import { counsellingCases } from "../cases/case-tables.js";

const assignee = alias(users, "assignee");
const desk = alias(organisations, "desk");
const arrivalDate = sql<string | null>`coalesce(${persons.arrivedInMunicipalityOn}, ${persons.arrivedInGermanyOn})`;

const hasCompletedAssessment = sql`exists (select 1 from ${assessments} where ${assessments.personId} = ${persons.id} and ${assessments.status} = 'completed')`;

/**
 * The caseload: persons in the actor's list scope with the case in their care (if any), filtered
 * by view, case status and field of action of an open need. Every person shown is audited as listed.
 */
export async function listCaseload(
  db: TDb,
  access: TPersonAccess,
  actor: TAuthenticatedActor,
  query: TCaseloadQuery,
): Promise<TCaseload> {
  const care = buildCaseCareCondition(findGrants(actor, casePolicy, "read"));
  const userId = actor.kind === "user" ? actor.userId : null;
  const conditions: (SQL | undefined)[] = [access.scopeFor("list"), eq(persons.status, "active")];
  if (query.view === "mine") conditions.push(userId ? eq(counsellingCases.assigneeUserId, userId) : sql`false`);
  if (query.view === "all") conditions.push(sql`${counsellingCases.id} is not null`);
  if (query.view === "waiting_first_interview") conditions.push(sql`not ${hasCompletedAssessment}`);
  if (query.status === "none") conditions.push(sql`${counsellingCases.id} is null`);
  else if (query.status) conditions.push(eq(counsellingCases.status, query.status));
  if (query.fieldOfAction) {
    conditions.push(sql`exists (select 1 from ${needs} where ${needs.personId} = ${persons.id}
      and ${needs.status} = 'open' and ${needs.fieldOfAction} = ${query.fieldOfAction})`);
  }
  const order =
    query.view === "waiting_first_interview"
      ? [sql`${arrivalDate} asc nulls last`, asc(persons.familyName), asc(persons.id)]
      : [asc(persons.familyName), asc(persons.givenName), asc(persons.id)];
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        personId: persons.id,
        givenName: persons.givenName,
        familyName: persons.familyName,
        municipalityAgs: persons.municipalityAgs,
        arrivedOn: arrivalDate,
        caseStatus: counsellingCases.status,
        assigneeName: assignee.displayName,
        deskName: desk.name,
        lastAssessmentOn: sql<
          string | null
        >`(select to_char(max(${assessments.completedAt}) at time zone 'Europe/Berlin', 'YYYY-MM-DD')
          from ${assessments} where ${assessments.personId} = ${persons.id} and ${assessments.status} = 'completed')`,
        needFields: sql<string[]>`array(select distinct ${needs.fieldOfAction} from ${needs}
          where ${needs.personId} = ${persons.id} and ${needs.status} = 'open' order by 1)`,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(persons)
      .leftJoin(
        counsellingCases,
        and(eq(counsellingCases.personId, persons.id), sql`${counsellingCases.status} <> 'closed'`, care),
      )
      .leftJoin(assignee, eq(assignee.id, counsellingCases.assigneeUserId))
      .leftJoin(desk, eq(desk.id, counsellingCases.deskOrganisationId))
      .where(and(...conditions))
      .orderBy(...order)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    await recordAuditEvents(
      tx,
      access.auditFor("list"),
      rows.map((row) => ({
        action: "person.list",
        subjectType: "person",
        subjectId: row.personId,
        personId: row.personId,
        detail: { view: `caseload:${query.view}` },
      })),
    );
    return {
      items: rows.map(({ total: _total, ...item }) => item),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
