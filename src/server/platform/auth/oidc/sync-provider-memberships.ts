import { and, eq, inArray } from "drizzle-orm";
import { recordAuditEvents, type TAuditContext, type TAuditEvent } from "../../audit/record-audit-event.js";
import type { TDbExecutor } from "../../db/database.js";
import { organisations } from "../../organisations/organisation-tables.js";
import { memberships } from "../auth-tables.js";
import type { TMappedMembership } from "./map-role-claims.js";

export function membershipSourceOf(providerId: string): string {
  return `oidc:${providerId}`;
}

const keyOf = (membership: TMappedMembership) => `${membership.organisationId}/${membership.role}`;

/** Mapped organisations that exist; a mapping naming a deleted organisation grants nothing. */
export async function keepExistingOrganisations(
  db: TDbExecutor,
  mapped: TMappedMembership[],
): Promise<TMappedMembership[]> {
  if (mapped.length === 0) return [];
  const found = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      inArray(
        organisations.id,
        mapped.map((membership) => membership.organisationId),
      ),
    );
  const ids = new Set(found.map((row) => row.id));
  return mapped.filter((membership) => ids.has(membership.organisationId));
}

/**
 * Makes the user's memberships from this provider exactly the mapped ones: the provider is the
 * source of truth for what it granted. Memberships granted by hand (source "manual") are never
 * touched; a mapped role the user already holds by hand stays a manual one. Every change is audited.
 */
export async function syncProviderMemberships(
  tx: TDbExecutor,
  audit: TAuditContext,
  userId: string,
  providerId: string,
  wanted: TMappedMembership[],
): Promise<void> {
  const source = membershipSourceOf(providerId);
  const current = await tx
    .select({ organisationId: memberships.organisationId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.source, source)));
  const wantedKeys = new Set(wanted.map(keyOf));
  const currentKeys = new Set(current.map(keyOf));
  const events: TAuditEvent[] = [];
  for (const membership of current.filter((item) => !wantedKeys.has(keyOf(item)))) {
    await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.userId, userId),
          eq(memberships.organisationId, membership.organisationId),
          eq(memberships.role, membership.role),
          eq(memberships.source, source),
        ),
      );
    events.push({
      action: "membership.revoke",
      subjectType: "user",
      subjectId: userId,
      detail: { ...membership, source },
    });
  }
  const toGrant = wanted.filter((membership) => !currentKeys.has(keyOf(membership)));
  if (toGrant.length > 0) {
    const granted = await tx
      .insert(memberships)
      .values(toGrant.map((membership) => ({ userId, ...membership, source })))
      .onConflictDoNothing()
      .returning({ organisationId: memberships.organisationId, role: memberships.role });
    for (const membership of granted) {
      events.push({
        action: "membership.grant",
        subjectType: "user",
        subjectId: userId,
        detail: { ...membership, source },
      });
    }
  }
  await recordAuditEvents(tx, audit, events);
}
