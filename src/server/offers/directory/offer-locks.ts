import { and, eq } from "drizzle-orm";
import type { TOfferStatus } from "../../../common/offers/offer.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { offerRevisions, offers } from "../offer-tables.js";
import { buildOfferReach, type TOfferCaller } from "./offer-caller.js";

/**
 * The offer, locked for this transaction, as the caller may change it: out of reach 404, written
 * since the version read 409, in a status that does not allow the change 409 as well.
 */
export async function lockOffer(
  executor: TDbExecutor,
  caller: TOfferCaller,
  offerId: string,
  version: number,
  allowed: readonly TOfferStatus[],
) {
  const [offer] = await executor
    .select()
    .from(offers)
    .where(and(eq(offers.id, offerId), buildOfferReach(caller, "update")))
    .for("update");
  if (!offer) throw new HttpProblem(404, "notFound");
  if (offer.version !== version) throw new HttpProblem(409, "changedMeanwhile");
  if (!allowed.includes(offer.status as TOfferStatus)) throw new HttpProblem(409, "offerStatusForbidsChange");
  return offer;
}

/** Marks the offer's waiting submission, if any, as replaced; returns its id. */
export async function supersedePending(executor: TDbExecutor, offerId: string): Promise<string | undefined> {
  const [superseded] = await executor
    .update(offerRevisions)
    .set({ status: "superseded" })
    .where(and(eq(offerRevisions.offerId, offerId), eq(offerRevisions.status, "pending")))
    .returning({ id: offerRevisions.id });
  return superseded?.id;
}
