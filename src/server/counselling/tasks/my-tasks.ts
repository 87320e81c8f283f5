import { and, asc, desc, eq, lte, sql } from "drizzle-orm";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import type { TMyTaskList, TMyTasksQuery } from "../../../common/counselling/task-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { recordAuditEvents } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import type { TCounsellingScope } from "../counselling-scope.js";
import { buildOverdueCondition, personDisplayName, selectTasks, toTask } from "./task-records.js";
import { counsellingTasks } from "./task-tables.js";

/**
 * The signed-in caseworker's open tasks on persons they can still read, soonest due first (or
 * last), with the overdue ones marked and counted. Each person shown is an audited read.
 */
export function listMyTasks(db: TDb, scope: TCounsellingScope, query: TMyTasksQuery): Promise<TMyTaskList> {
  const empty = { items: [], total: 0, overdueTotal: 0, page: query.page, pageSize: query.pageSize };
  const userId = scope.actorUserId;
  if (userId === null) return Promise.resolve(empty);
  const today = todayInBerlin();
  const mine = and(
    eq(counsellingTasks.assigneeUserId, userId),
    eq(counsellingTasks.status, "open"),
    scope.scopeFor("list"),
  );
  const filters = and(
    mine,
    query.overdueOnly ? buildOverdueCondition(today) : undefined,
    query.dueUntil ? lte(counsellingTasks.dueOn, query.dueUntil) : undefined,
  );
  const direction = query.sort === "dueOn" ? asc : desc;
  return db.transaction(async (tx) => {
    const [totals] = await tx
      .select({
        total: sql<number>`(count(*) filter (where ${filters}))::int`,
        overdueTotal: sql<number>`(count(*) filter (where ${buildOverdueCondition(today)}))::int`,
      })
      .from(counsellingTasks)
      .innerJoin(persons, eq(persons.id, counsellingTasks.personId))
      .where(mine);
    const rows = await selectTasks(tx, scope, today)
      .where(filters)
      .orderBy(direction(counsellingTasks.dueOn), asc(counsellingTasks.createdAt), asc(counsellingTasks.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const shownPersons = [...new Set(rows.map((row) => row.row.personId))];
    await recordAuditEvents(
      tx,
      scope.auditFor("list"),
      shownPersons.map((personId) => ({
        action: "task.list",
        subjectType: "person",
        subjectId: personId,
        personId,
        purpose: "counselling",
        detail: { part: "my_tasks" },
      })),
    );
    return {
      items: rows.map((row) => ({
        ...toTask(row),
        person: { id: row.row.personId, displayName: personDisplayName(row) },
      })),
      total: totals?.total ?? 0,
      overdueTotal: totals?.overdueTotal ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
