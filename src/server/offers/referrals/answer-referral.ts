import { and, eq, inArray, sql } from "drizzle-orm";
import type { TReferral, TReferralResponse } from "../../../common/offers/referral-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { readReferral } from "./read-referral.js";
import type { TReferralAccess } from "./referral-access.js";
import { referrals } from "./referral-tables.js";
import { applyTransition, lockedReferralColumns } from "./referral-transition.js";

/** Receiving the person needs consent in force; declining and ending do not. */
const needsSharing = new Set(["accept", "start"]);

/**
 * The provider answers a referral to one of its organisations: accept (takes a place), decline
 * with a reason, start, complete or drop with an outcome. Accepting and starting need the person's
 * consent to sharing in force now (409 after a withdrawal). Another provider's referral is 404.
 */
export async function respondToReferral(
  db: TDb,
  access: TReferralAccess,
  referralId: string,
  response: Required<TReferralResponse>,
): Promise<TReferral> {
  const organisationIds = access.providerOrganisationIds("respond");
  if (organisationIds.length === 0) throw new HttpProblem(404, "notFound");
  await db.transaction(async (tx) => {
    const [referral] = await tx
      .select({
        ...lockedReferralColumns,
        canShare: sql<boolean>`exists (select 1 from ${persons} where ${persons.id} = ${referrals.personId}
          and ${access.providerSharingCondition()})`,
      })
      .from(referrals)
      .where(and(eq(referrals.id, referralId), inArray(referrals.providerId, organisationIds)))
      .for("update", { of: referrals });
    if (!referral) throw new HttpProblem(404, "notFound");
    if (needsSharing.has(response.transition) && !referral.canShare) {
      throw new HttpProblem(409, "referralConsentWithdrawn");
    }
    await applyTransition(tx, referral, {
      transition: response.transition,
      side: "provider",
      version: response.version,
      note: response.note,
      byUserId: access.actorUserId,
      audit: access.audit,
    });
  });
  return readReferral(db, access, referralId);
}

/** The caseworker withdraws a referral that was sent or accepted; an accepted place is given back. */
export async function withdrawReferral(
  db: TDb,
  access: TReferralAccess,
  referralId: string,
  withdrawal: { version: number; note: string },
): Promise<TReferral> {
  await db.transaction(async (tx) => {
    const [referral] = await tx
      .select(lockedReferralColumns)
      .from(referrals)
      .innerJoin(persons, eq(persons.id, referrals.personId))
      .where(and(eq(referrals.id, referralId), access.caseworkerScope("withdraw")))
      .for("update", { of: referrals });
    if (!referral) throw new HttpProblem(404, "notFound");
    await applyTransition(tx, referral, {
      transition: "withdraw",
      side: "caseworker",
      version: withdrawal.version,
      note: withdrawal.note,
      byUserId: access.actorUserId,
      audit: access.audit,
    });
  });
  return readReferral(db, access, referralId);
}
