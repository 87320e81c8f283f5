import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import {
  listTransitionsFrom,
  referralTransitions,
  type TReferralSide,
  type TReferralStatus,
  type TReferralTransition,
} from "../../../common/offers/referral-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { offers } from "../offer-tables.js";
import { referralEvents, referrals } from "./referral-tables.js";

/** The locked referral a transition starts from. */
export type TLockedReferral = {
  id: string;
  personId: string;
  offerId: string | null;
  status: TReferralStatus;
  version: number;
};

export const lockedReferralColumns = {
  id: referrals.id,
  personId: referrals.personId,
  offerId: referrals.offerId,
  status: referrals.status,
  version: referrals.version,
};

/**
 * Takes one place of the offer, in one statement so concurrent acceptances never overbook: the
 * row changes only while a place is left (or the offer counts none). 409 when none is left.
 */
async function takePlace(executor: TDbExecutor, offerId: string): Promise<void> {
  const [taken] = await executor
    .update(offers)
    .set({ freePlaces: sql`${offers.freePlaces} - 1` })
    .where(and(eq(offers.id, offerId), or(isNull(offers.freePlaces), gt(offers.freePlaces, 0))))
    .returning({ id: offers.id });
  if (!taken) throw new HttpProblem(409, "referralNoFreePlaces");
}

/** Gives the place of a withdrawn acceptance back, never beyond the offer's capacity. */
async function returnPlace(executor: TDbExecutor, offerId: string): Promise<void> {
  await executor
    .update(offers)
    .set({ freePlaces: sql`least(${offers.freePlaces} + 1, coalesce(${offers.capacity}, ${offers.freePlaces} + 1))` })
    .where(and(eq(offers.id, offerId), sql`${offers.freePlaces} is not null`));
}

/**
 * Moves a locked referral along the state machine: the side may take the transition from the
 * status (409 otherwise), the version is the one read (409 otherwise), accepting takes a place and
 * withdrawing an acceptance gives it back. The event and the audit entry commit with the change.
 */
export async function applyTransition(
  executor: TDbExecutor,
  referral: TLockedReferral,
  change: {
    transition: TReferralTransition;
    side: TReferralSide;
    version: number | null;
    note: string;
    byUserId: string | null;
    audit: TAuditContext;
  },
): Promise<void> {
  if (change.version !== null && change.version !== referral.version) {
    throw new HttpProblem(409, "changedMeanwhile");
  }
  if (!listTransitionsFrom(referral.status, change.side).includes(change.transition)) {
    throw new HttpProblem(409, "referralTransitionNotAllowed");
  }
  const to = referralTransitions[change.transition].to;
  if (referral.offerId !== null && change.transition === "accept") await takePlace(executor, referral.offerId);
  if (referral.offerId !== null && change.transition === "withdraw" && referral.status === "accepted") {
    await returnPlace(executor, referral.offerId);
  }
  const note = change.note === "" ? null : change.note;
  const isAnswer = change.transition === "accept" || change.transition === "decline";
  await executor
    .update(referrals)
    .set({
      status: to,
      note: note ?? sql`${referrals.note}`,
      updatedAt: sql`now()`,
      version: sql`${referrals.version} + 1`,
      ...(isAnswer ? { answeredAt: sql`now()` } : {}),
    })
    .where(eq(referrals.id, referral.id));
  await executor.insert(referralEvents).values({
    referralId: referral.id,
    fromStatus: referral.status,
    toStatus: to,
    note,
    byUserId: change.byUserId,
  });
  await recordAuditEvent(executor, change.audit, {
    action: `referral.${change.transition}`,
    subjectType: "referral",
    subjectId: referral.id,
    personId: referral.personId,
    detail: { from: referral.status, to },
  });
}
