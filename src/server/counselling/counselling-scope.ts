import { and, eq, type SQL, sql } from "drizzle-orm";
import { persons } from "../arrival/arrival-tables.js";
import type { TPersonAccess } from "../arrival/persons/person-access.js";
import { personPolicy } from "../arrival/persons/person-policy.js";
import { buildPersonScopeCondition, type TPersonScopeContribution } from "../arrival/persons/person-scope.js";
import { findGrants } from "../platform/access/grants.js";
import type { TPolicy } from "../platform/access/policy.js";
import type { TAuditContext } from "../platform/audit/record-audit-event.js";
import type { TActorMembership, TAuthenticatedActor } from "../platform/auth/actor-types.js";
import { users } from "../platform/auth/auth-tables.js";
import { membershipsOf } from "../platform/auth/memberships-of.js";
import type { TDbExecutor } from "../platform/db/database.js";

export type TCounsellingAction = "list" | "read" | "create" | "update";

/** Reading a part of the file needs the person readable; writing to it needs the person updatable. */
const personActionOf = { list: "read", read: "read", create: "update", update: "update" } as const;

export type TCounsellingScopeOptions = {
  person: TPersonAccess;
  actor: TAuthenticatedActor;
  contributions: readonly TPersonScopeContribution[];
};

/**
 * A part of the counselling file is reached through the person data access layer: its person must
 * lie within the actor's person scope *and* within the scope the part's own policy grants give, so
 * a membership that reaches a person another way (a provider's referral) never reaches the part.
 * Both are conditions on `persons`, joined in SQL by every query of the part.
 */
export function createCounsellingScope(
  policy: TPolicy<TCounsellingAction>,
  { person, actor, contributions }: TCounsellingScopeOptions,
) {
  const scopeFor = (action: TCounsellingAction): SQL =>
    sql`(${person.scopeFor(personActionOf[action])}) and (${buildPersonScopeCondition(
      actor,
      findGrants(actor, policy, action),
      contributions,
    )})`;
  const auditFor = (action: TCounsellingAction): TAuditContext => person.auditFor(personActionOf[action]);
  return {
    person,
    scopeFor,
    auditFor,
    /** The user who writes (tokens act for no user). */
    actorUserId: actor.kind === "user" ? actor.userId : null,
    /** Whether another user (an assignee, the staff member of an appointment) could work on this person's part. */
    async canUserWorkOn(executor: TDbExecutor, userId: string, personId: string): Promise<boolean> {
      const [user] = await executor
        .select({ memberships: sql<TActorMembership[]>`${membershipsOf(sql`${users.id}`)}` })
        .from(users)
        .where(and(eq(users.id, userId), eq(users.isActive, true)));
      if (!user) return false;
      const other: TAuthenticatedActor = { kind: "user", userId, sessionToken: "", memberships: user.memberships };
      const [reached] = await executor
        .select({ id: persons.id })
        .from(persons)
        .where(
          and(
            eq(persons.id, personId),
            buildPersonScopeCondition(other, findGrants(other, personPolicy, "update"), contributions),
            buildPersonScopeCondition(other, findGrants(other, policy, "update"), contributions),
          ),
        );
      return reached !== undefined;
    },
  };
}

export type TCounsellingScope = ReturnType<typeof createCounsellingScope>;
