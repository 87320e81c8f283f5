import { and, asc, desc, eq, gt, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { TAuditEventFilters, TAuditEventRow, TAuditSortOrder } from "../../../common/platform/audit-schemas.js";
import { users } from "../auth/auth-tables.js";
import type { TDbExecutor } from "../db/database.js";
import { organisations } from "../organisations/organisation-tables.js";
import { auditEvents } from "./audit-tables.js";

/** A day in a filter means that whole day in the district's time zone, not in UTC. */
const districtTimeZone = "Europe/Berlin";
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

function buildPeriodConditions(from: string | undefined, to: string | undefined): SQL[] {
  const conditions: SQL[] = [];
  if (from) {
    conditions.push(
      isDay(from)
        ? sql`${auditEvents.occurredAt} >= (${from}::date)::timestamp at time zone ${districtTimeZone}`
        : sql`${auditEvents.occurredAt} >= ${from}::timestamptz`,
    );
  }
  if (to) {
    conditions.push(
      isDay(to)
        ? sql`${auditEvents.occurredAt} < (${to}::date + 1)::timestamp at time zone ${districtTimeZone}`
        : sql`${auditEvents.occurredAt} <= ${to}::timestamptz`,
    );
  }
  return conditions;
}

/** The auditor's filters as SQL; every filter given must match. */
export function buildAuditEventConditions(filters: TAuditEventFilters): SQL[] {
  const conditions: SQL[] = buildPeriodConditions(filters.from, filters.to);
  if (filters.personId) conditions.push(eq(auditEvents.personId, filters.personId));
  if (filters.userId) conditions.push(eq(auditEvents.actorUserId, filters.userId));
  if (filters.userEmail) {
    conditions.push(
      sql`${auditEvents.actorUserId} in (select ${users.id} from ${users} where lower(${users.email}) = lower(${filters.userEmail}))`,
    );
  }
  if (filters.organisationId)
    conditions.push(sql`${filters.organisationId}::uuid = any(${auditEvents.organisationIds})`);
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  return conditions;
}

/** Chain order is the true order of events; position is unique, so pages never overlap. */
export function orderByPosition(sort: TAuditSortOrder) {
  return sort === "newest" ? desc(auditEvents.position) : asc(auditEvents.position);
}

/** Rows after the cursor in the given order (keyset pagination for exports). */
export function buildAfterCondition(sort: TAuditSortOrder, position: number): SQL {
  return sort === "newest" ? lt(auditEvents.position, position) : gt(auditEvents.position, position);
}

type TSelectOptions = { conditions: SQL[]; sort: TAuditSortOrder; limit: number; offset?: number };

/** Events with their actor's name and e-mail (a left join: failed logins and tokens have no user). */
export async function selectAuditEvents(db: TDbExecutor, options: TSelectOptions): Promise<TAuditEventRow[]> {
  const rows = await db
    .select({
      event: auditEvents,
      actorDisplayName: users.displayName,
      actorEmail: users.email,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...options.conditions))
    .orderBy(orderByPosition(options.sort))
    .limit(options.limit)
    .offset(options.offset ?? 0);
  return rows.map(({ event, actorDisplayName, actorEmail }) => ({
    id: event.id,
    position: event.position,
    occurredAt: event.occurredAt.toISOString(),
    action: event.action,
    actorUserId: event.actorUserId,
    actorDisplayName,
    actorEmail,
    actorTokenId: event.actorTokenId,
    organisationIds: event.organisationIds,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    personId: event.personId,
    purpose: event.purpose,
    ipAddress: event.ipAddress,
    detail: event.detail,
  }));
}

/** Names of the organisations the rows mention, for display beside their ids. */
export async function findOrganisationNames(db: TDbExecutor, rows: readonly TAuditEventRow[]) {
  const ids = [...new Set(rows.flatMap((row) => row.organisationIds))];
  if (ids.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(organisations.name);
}
