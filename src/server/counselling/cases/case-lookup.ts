import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import { persons } from "../../arrival/arrival-tables.js";
import type { TGrant } from "../../platform/access/grants.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TCaseContext } from "./case-context.js";
import { buildCaseCareCondition } from "./case-scope.js";
import { counsellingCases } from "./case-tables.js";

export type TCaseRow = typeof counsellingCases.$inferSelect;

/** The person must be in the actor's scope to read: otherwise they do not exist for the actor (404). */
export async function assertPersonVisible(executor: TDbExecutor, context: TCaseContext, personId: string) {
  await context.persons.assertInScope(executor, personId, "read");
}

/** The person in scope to read, and the case in the care the grants give. */
export function buildCaseVisibleCondition(context: TCaseContext, grants: readonly TGrant[]): SQL {
  return and(context.persons.scopeFor("read"), buildCaseCareCondition(grants)) ?? sql`false`;
}

/**
 * The person's current case within the grants' care: the one not closed, else the latest closed
 * one. Locked for update when the caller changes it. Undefined when there is none in care.
 */
export async function findCurrentCase(
  executor: TDbExecutor,
  context: TCaseContext,
  personId: string,
  grants: readonly TGrant[],
  isLocked = false,
): Promise<TCaseRow | undefined> {
  const query = executor
    .select({ case: counsellingCases })
    .from(counsellingCases)
    .innerJoin(persons, eq(persons.id, counsellingCases.personId))
    .where(and(eq(counsellingCases.personId, personId), buildCaseVisibleCondition(context, grants)))
    .orderBy(asc(sql`${counsellingCases.status} = 'closed'`), desc(counsellingCases.openedAt))
    .limit(1);
  const [row] = isLocked ? await query.for("update", { of: counsellingCases }) : await query;
  return row?.case;
}

/** The current case for a change: it must exist in care (404) and, unless said otherwise, not be closed (409). */
export async function findCaseForChange(
  executor: TDbExecutor,
  context: TCaseContext,
  personId: string,
  grants: readonly TGrant[],
  options: { mayBeClosed?: boolean } = {},
): Promise<TCaseRow> {
  const found = await findCurrentCase(executor, context, personId, grants, true);
  if (!found) throw new HttpProblem(404, "notFound");
  if (found.status === "closed" && !options.mayBeClosed) throw new HttpProblem(409, "caseClosed");
  return found;
}
