import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { activeReferralStatuses } from "../../../common/offers/referral-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import {
  buildSharingConsentId,
  buildValidConsentCondition,
  type TConsentRecipient,
} from "../../arrival/consent/valid-consent-condition.js";
import type { TPersonAccess } from "../../arrival/persons/person-access.js";
import { personAccessOf } from "../../arrival/persons/person-access-of-request.js";
import { buildPersonScopeCondition } from "../../arrival/persons/person-scope.js";
import { findGrants } from "../../platform/access/grants.js";
import { requireActor } from "../../platform/access/route-access.js";
import { auditContextOfRequest, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { referralPolicy, type TReferralAction } from "./referral-policy.js";
import { referrals } from "./referral-tables.js";

/** Sending and withdrawing change what the file shares: they need the person updatable; following it, readable. */
const personActionOf = { list: "read", read: "read", send: "update", withdraw: "update", respond: "read" } as const;

export type TReferralAccess = {
  actor: TAuthenticatedActor;
  person: TPersonAccess;
  audit: TAuditContext;
  /** The user who acts (tokens act for no user). */
  actorUserId: string | null;
  /** Caseworker side, over `persons`: the person scope AND the referral policy's person-area grants. */
  caseworkerScope(action: TReferralAction): SQL;
  /** Caseworker side: the organisations the actor acts for ("my team"); the first one sends. */
  caseworkerOrganisationIds(action: TReferralAction): string[];
  /**
   * Sending: the person within the caseworker scope, locked, and in the same query the consent
   * record that allows sharing with the recipient now (null when none does). 404 outside the scope.
   */
  lockPersonForSending(executor: TDbExecutor, personId: string, recipient: TConsentRecipient): Promise<string | null>;
  /** Provider side: the organisations whose referrals the action reaches (own_organisation grants). */
  providerOrganisationIds(action: TReferralAction): string[];
  /**
   * ACCESS.md rule 4, over `persons` and `referrals` of one query: the referral is active, it goes
   * to one of the actor's provider organisations, and the person's consent to share with that
   * organisation (or its provider type) is valid now. Evaluated inside the read, so a withdrawal
   * ends the access in the very next query.
   */
  providerSharingCondition(): SQL;
};

/**
 * How a request reaches referrals. Caseworkers through the person scope; providers only through
 * referrals to their own organisation — never through the person scope, so `GET /api/persons/:id`
 * gives a provider nothing through a referral and the referral shares only its field set.
 */
export function referralAccessOf(request: FastifyRequest, db: TDb): TReferralAccess {
  const actor = requireActor(request);
  const person = personAccessOf(request, db);
  const contributions = request.server.personScopeContributions;
  const grantsOf = (action: TReferralAction, scope: "own_organisation" | "person_area") =>
    findGrants(actor, referralPolicy, action).filter((grant) => grant.scope === scope);
  const providerGrants = (action: TReferralAction) => grantsOf(action, "own_organisation");
  const caseworkerScope = (action: TReferralAction) =>
    sql`(${person.scopeFor(personActionOf[action])}) and (${buildPersonScopeCondition(
      actor,
      grantsOf(action, "person_area"),
      contributions,
    )})`;
  return {
    actor,
    person,
    audit: auditContextOfRequest(request),
    actorUserId: actor.kind === "user" ? actor.userId : null,
    caseworkerScope,
    caseworkerOrganisationIds: (action) => [
      ...new Set(grantsOf(action, "person_area").map((grant) => grant.membership.organisationId)),
    ],
    async lockPersonForSending(executor, personId, recipient) {
      const [row] = await executor
        .select({ consentId: buildSharingConsentId(recipient) })
        .from(persons)
        .where(and(eq(persons.id, personId), caseworkerScope("send")))
        .for("update", { of: persons });
      if (!row) throw new HttpProblem(404, "notFound");
      return row.consentId;
    },
    providerOrganisationIds: (action) => [
      ...new Set(providerGrants(action).map((grant) => grant.membership.organisationId)),
    ],
    providerSharingCondition() {
      const reaches = providerGrants("read").map(({ membership }) =>
        and(
          eq(referrals.providerId, membership.organisationId),
          buildValidConsentCondition("provider_sharing", {
            organisationId: membership.organisationId,
            providerType: membership.providerType,
          }),
        ),
      );
      if (reaches.length === 0) return sql`false`;
      return and(
        eq(referrals.personId, persons.id),
        inArray(referrals.status, [...activeReferralStatuses]),
        or(...reaches),
      ) as SQL;
    },
  };
}
