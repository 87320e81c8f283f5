import { and, eq, sql } from "drizzle-orm";
import type { TTimeline, TTimelineQuery } from "../../../common/arrival/timeline-schemas.js";
import { auditEvents } from "../../platform/audit/audit-tables.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { personMoves, persons } from "../arrival-tables.js";
import { consents } from "../consent/consent-tables.js";
import type { TPersonAccess } from "../persons/person-access.js";
import {
  integrationPlanTimelineActions,
  type TTimelineRow,
  taskAndAppointmentTimelineActions,
  toTimelineEntry,
} from "./timeline-entry.js";

/** The audit trail's write events that make up a person's history; reads and lists are left out. */
const writeActions = sql.join(
  [
    "person.create",
    "person.update",
    "person.move",
    "person.merge",
    "person.merge_undo",
    "counselling_case.open",
    "counselling_case.status_change",
    "counselling_handover.create",
    "counselling_handover.accept",
    "counselling_handover.decline",
    "counselling_handover.withdraw",
    "counselling_note.create",
    "assessment.start",
    "assessment.complete",
    ...integrationPlanTimelineActions,
    ...taskAndAppointmentTimelineActions,
  ].map((action) => sql`${action}`),
  sql`, `,
);

/**
 * A confidential case note is its author's alone (ACCESS.md), so even the fact that one was written
 * shows only in its author's timeline; others see no entry at all.
 */
function buildShownEventCondition(viewerUserId: string | null) {
  return sql`${auditEvents.action} in (${writeActions}) and not (${auditEvents.action} = 'counselling_note.create'
    and ${auditEvents.detail}->>'isConfidential' = 'true' and ${auditEvents.actorUserId} is distinct from ${viewerUserId}::uuid)`;
}

/** A page past the end has no rows to carry the window count; count separately then. */
async function countEntries(executor: TDbExecutor, personId: string, viewerUserId: string | null): Promise<number> {
  const result = await executor.execute<{ total: string }>(sql`select
    (select count(*) from ${auditEvents} where ${auditEvents.personId} = ${personId} and ${buildShownEventCondition(viewerUserId)})
    + (select count(*) from ${consents} where ${consents.personId} = ${personId}) as total`);
  return Number(result.rows[0]?.total ?? 0);
}

/**
 * What happened to a person, newest first: their audit trail's write events and their consent
 * records (from the consents table, so consents given online appear too). Each event is filtered
 * by the person's own id, so household changes of others and their data never show. A move and
 * its audit event are written in one transaction and share its time, which finds the move's note.
 */
export function createTimelineAccess(db: TDb, access: TPersonAccess) {
  return {
    read(personId: string, query: TTimelineQuery): Promise<TTimeline> {
      return db.transaction(async (tx) => {
        const [person] = await tx
          .select({ id: persons.id })
          .from(persons)
          .where(and(eq(persons.id, personId), access.scopeFor("read")));
        if (!person) throw new HttpProblem(404, "notFound");
        const viewerUserId = access.auditFor("read").actorUserId;
        const result = await tx.execute<TTimelineRow & { total: string }>(sql`
          with entries as (
            select ${auditEvents.id}::text as id, 'audit' as source, ${auditEvents.action} as action,
              ${auditEvents.occurredAt} as occurred_at, ${auditEvents.position} as tie_break,
              ${users.displayName} as actor_name, ${auditEvents.detail} as detail, ${auditEvents.personId} as person_id,
              exists (select 1 from ${personMoves} where ${personMoves.personId} = ${auditEvents.personId}
                and ${personMoves.recordedAt} = ${auditEvents.occurredAt} and ${personMoves.note} is not null) as has_note,
              null::text as purpose, null::text as channel, null::text as consent_kind,
              null::int as recipient_organisation_count, null::text[] as recipient_provider_types
            from ${auditEvents} left join ${users} on ${users.id} = ${auditEvents.actorUserId}
            where ${auditEvents.personId} = ${personId}
              and ${buildShownEventCondition(viewerUserId)}
            union all
            select c.id::text, 'consent', 'consent', c.given_at, 0, u.display_name, '{}'::jsonb, c.person_id, false,
              c.purpose, c.channel,
              case when c.is_granted then 'consent_granted'
                when exists (select 1 from ${consents} as earlier where earlier.id = c.supersedes_id and earlier.is_granted)
                  then 'consent_withdrawn'
                else 'consent_refused' end,
              cardinality(c.recipient_organisation_ids), c.recipient_provider_types
            from ${consents} as c left join ${users} as u on u.id = c.recorded_by
            where c.person_id = ${personId}
          )
          select *, count(*) over () as total from entries
          order by occurred_at desc, tie_break desc, id desc
          limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`);
        await access.recordRead(tx, personId, "timeline");
        return {
          items: result.rows.flatMap((row) => toTimelineEntry(row) ?? []),
          total: Number(result.rows[0]?.total ?? (await countEntries(tx, personId, viewerUserId))),
          page: query.page,
          pageSize: query.pageSize,
        };
      });
    },
  };
}
