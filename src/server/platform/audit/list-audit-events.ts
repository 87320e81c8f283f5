import { and, count } from "drizzle-orm";
import type { TAuditEventPage, TAuditEventQuery } from "../../../common/platform/audit-schemas.js";
import { listAllowedActions } from "../access/grants.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import type { TDbExecutor } from "../db/database.js";
import { buildAuditEventConditions, findOrganisationNames, selectAuditEvents } from "./audit-event-queries.js";
import { auditEventPolicy } from "./audit-policy.js";
import { auditEvents } from "./audit-tables.js";

/** One page of the audit trail for the auditor screen, with the total for the pager. */
export async function listAuditEvents(
  db: TDbExecutor,
  actor: TAuthenticatedActor,
  query: TAuditEventQuery,
): Promise<TAuditEventPage> {
  const conditions = buildAuditEventConditions(query);
  const [items, totals] = await Promise.all([
    selectAuditEvents(db, {
      conditions,
      sort: query.sort,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    db
      .select({ total: count() })
      .from(auditEvents)
      .where(and(...conditions)),
  ]);
  return {
    items,
    total: totals[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    organisations: await findOrganisationNames(db, items),
    allowedActions: listAllowedActions(actor, auditEventPolicy, {}),
  };
}
