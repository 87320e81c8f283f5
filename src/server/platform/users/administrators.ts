import { and, asc, eq } from "drizzle-orm";
import { memberships, users } from "../auth/auth-tables.js";
import type { TDbExecutor } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";

type TLeaving = { userId: string; organisationId?: string };

/**
 * Refuses (409) a change that would leave no active administrator: deactivating a user (all their
 * memberships leave) or revoking one administrator membership. Locks every active administrator's
 * row in one order first, so two administrators removing each other at once take turns and the
 * second is refused instead of both succeeding.
 */
export async function assertAnotherActiveAdministrator(db: TDbExecutor, leaving: TLeaving): Promise<void> {
  const administrators = await db
    .select({ userId: users.id, organisationId: memberships.organisationId })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(memberships.role, "administrator"), eq(users.isActive, true)))
    .orderBy(asc(users.id))
    .for("update", { of: users });
  const isLeaving = (administrator: { userId: string; organisationId: string }) =>
    administrator.userId === leaving.userId &&
    (leaving.organisationId === undefined || administrator.organisationId === leaving.organisationId);
  const leavingAny = administrators.some(isLeaving);
  const remaining = administrators.filter((administrator) => !isLeaving(administrator));
  if (leavingAny && remaining.length === 0) {
    throw new HttpProblem(409, "lastAdministrator");
  }
}
