import { and, eq } from "drizzle-orm";
import type { TRole } from "../../../common/platform/organisations.js";
import type { TUserSummary } from "../../../common/platform/user-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import { memberships } from "../auth/auth-tables.js";
import type { TDb, TDbExecutor } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import { assertAnotherActiveAdministrator } from "./administrators.js";
import { findUser } from "./find-user.js";
import { assertMembershipManageable } from "./membership-rules.js";

type TMembership = { userId: string; organisationId: string; role: TRole };

/** Adds the membership unless it exists; audits only a real change. Returns whether it was added. */
export async function addMembership(db: TDbExecutor, audit: TAuditContext, membership: TMembership): Promise<boolean> {
  const added = await db
    .insert(memberships)
    .values(membership)
    .onConflictDoNothing()
    .returning({ role: memberships.role });
  if (added.length === 0) return false;
  await recordAuditEvent(db, audit, {
    action: "membership.grant",
    subjectType: "user",
    subjectId: membership.userId,
    detail: { organisationId: membership.organisationId, role: membership.role },
  });
  return true;
}

/** Grants a role in an organisation (idempotent: granting a held role changes nothing). */
export async function grantMembership(
  db: TDb,
  actor: TAuthenticatedActor,
  audit: TAuditContext,
  membership: TMembership,
): Promise<TUserSummary> {
  await findUser(db, actor, membership.userId, "manage_memberships");
  await assertMembershipManageable(db, actor, membership);
  return db.transaction(async (tx) => {
    await addMembership(tx, audit, membership);
    return findUser(tx, actor, membership.userId);
  });
}

/**
 * Revokes a role in an organisation; never the last active administrator's (409). Answers nothing:
 * the actor may no longer see the user afterwards (their last membership in the actor's reach).
 */
export async function revokeMembership(
  db: TDb,
  actor: TAuthenticatedActor,
  audit: TAuditContext,
  membership: TMembership,
): Promise<void> {
  await findUser(db, actor, membership.userId, "manage_memberships");
  await assertMembershipManageable(db, actor, membership);
  return db.transaction(async (tx) => {
    if (membership.role === "administrator") {
      await assertAnotherActiveAdministrator(tx, membership);
    }
    const removed = await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.userId, membership.userId),
          eq(memberships.organisationId, membership.organisationId),
          eq(memberships.role, membership.role),
        ),
      )
      .returning({ role: memberships.role, source: memberships.source });
    const [removedMembership] = removed;
    if (!removedMembership) throw new HttpProblem(404, "notFound");
    // Single sign-on would grant it again at the next login: the identity provider's groups decide.
    if (removedMembership.source !== "manual") throw new HttpProblem(409, "membershipFromSingleSignOn");
    await recordAuditEvent(tx, audit, {
      action: "membership.revoke",
      subjectType: "user",
      subjectId: membership.userId,
      detail: { organisationId: membership.organisationId, role: membership.role },
    });
  });
}
