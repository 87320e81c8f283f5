import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { activeReferralStatuses } from "../../../common/offers/referral-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { buildValidConsentCondition } from "../../arrival/consent/valid-consent-condition.js";
import type { TPersonAccess } from "../../arrival/persons/person-access.js";
import { personAccessOf } from "../../arrival/persons/person-access-of-request.js";
import { buildPersonScopeCondition } from "../../arrival/persons/person-scope.js";
import { findGrants } from "../../platform/access/grants.js";
import { requireActor } from "../../platform/access/route-access.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import type { TDb } from "../../platform/db/database.js";
import { referralPolicy, type TReferralAction } from "./referral-policy.js";
import { referrals } from "./referral-tables.js";

/** Sending and withdrawing change what the file shares: they need the person updatable; following it, readable. */
const personActionOf = { list: "read", read: "read", send: "update", withdraw: "update", respond: "read" } as const;

export type TReferralAccess = {
  actor: TAuthenticatedActor;
  person: TPersonAccess;
  /** The user who acts (tokens act for no user). */
  actorUserId: string | null;
  /** Caseworker side, over `persons`: the person scope AND the referral policy's person-area grants. */
  caseworkerScope(action: TReferralAction): SQL;
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
  const providerGrants = (action: TReferralAction) =>
    findGrants(actor, referralPolicy, action).filter((grant) => grant.scope === "own_organisation");
  return {
    actor,
    person,
    actorUserId: actor.kind === "user" ? actor.userId : null,
    caseworkerScope: (action) =>
      sql`(${person.scopeFor(personActionOf[action])}) and (${buildPersonScopeCondition(
        actor,
        findGrants(actor, referralPolicy, action),
        contributions,
      )})`,
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
