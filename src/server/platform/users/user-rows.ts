import { asc, eq, inArray } from "drizzle-orm";
import type { TUserLocale, TUserSummary } from "../../../common/platform/user-schemas.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import { memberships, users } from "../auth/auth-tables.js";
import type { TDbExecutor } from "../db/database.js";
import { organisations } from "../organisations/organisation-tables.js";
import { canManageMembership, listUserActions, toUserStatus } from "./user-reach.js";

export const userColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  locale: users.locale,
  isActive: users.isActive,
  invitedAt: users.invitedAt,
  createdAt: users.createdAt,
};

type TUserRow = {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  isActive: boolean;
  invitedAt: Date | null;
  createdAt: Date;
};

/** The users of these rows as the API shows them: memberships, status and the actor's allowed actions. */
export async function toUserSummaries(
  db: TDbExecutor,
  actor: TAuthenticatedActor,
  rows: TUserRow[],
): Promise<TUserSummary[]> {
  if (rows.length === 0) return [];
  const membershipRows = await db
    .select({
      userId: memberships.userId,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
      source: memberships.source,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      inArray(
        memberships.userId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(organisations.name), asc(memberships.role));
  return rows.map((row) => {
    const own = membershipRows.filter((membership) => membership.userId === row.id);
    return {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      locale: (row.locale === "en" ? "en" : "de") satisfies TUserLocale,
      status: toUserStatus(row.isActive, row.invitedAt),
      createdAt: row.createdAt.toISOString(),
      memberships: own.map(({ userId: _userId, source, ...membership }) => {
        const singleSignOnProvider = source.startsWith("oidc:") ? source.slice("oidc:".length) : null;
        return {
          ...membership,
          singleSignOnProvider,
          canRevoke:
            singleSignOnProvider === null && canManageMembership(actor, membership.organisationId, membership.role),
        };
      }),
      allowedActions: listUserActions(
        actor,
        own.map((membership) => membership.organisationId),
      ),
    };
  });
}
