import { eq, sql } from "drizzle-orm";
import type { TFreePlacesChange, TOffer, TOfferVersion } from "../../../common/offers/offer-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import { offerRevisions, offers } from "../offer-tables.js";
import { auditOfferChange } from "./offer-audit.js";
import type { TOfferCaller } from "./offer-caller.js";
import { readOfferContent } from "./offer-content-rows.js";
import { lockOffer, supersedePending } from "./offer-locks.js";
import { readOffer } from "./offer-records.js";

const bumpVersion = { version: sql`${offers.version} + 1`, updatedAt: sql`now()` };

/** Sends a draft to review: its content becomes a pending revision, the offer waits in_review. */
export function submitOffer(db: TDb, caller: TOfferCaller, offerId: string, input: TOfferVersion): Promise<TOffer> {
  return db.transaction(async (tx) => {
    const offer = await lockOffer(tx, caller, offerId, input.version, ["draft"]);
    const content = await readOfferContent(tx, offer);
    const [revision] = await tx
      .insert(offerRevisions)
      .values({ offerId, content, baseVersion: offer.version, submittedBy: caller.audit.actorUserId })
      .returning({ id: offerRevisions.id });
    await tx
      .update(offers)
      .set({ status: "in_review", ...bumpVersion })
      .where(eq(offers.id, offerId));
    await auditOfferChange(tx, caller, "offer.submit", offerId, { revisionId: revision?.id });
    return readOffer(tx, caller, offerId);
  });
}

/** Takes an offer out of the directory; a submission still waiting is dropped with it. */
export function withdrawOffer(db: TDb, caller: TOfferCaller, offerId: string, input: TOfferVersion): Promise<TOffer> {
  return db.transaction(async (tx) => {
    const offer = await lockOffer(tx, caller, offerId, input.version, ["draft", "in_review", "published"]);
    const superseded = await supersedePending(tx, offerId);
    await tx
      .update(offers)
      .set({ status: "withdrawn", ...bumpVersion })
      .where(eq(offers.id, offerId));
    await auditOfferChange(tx, caller, "offer.withdraw", offerId, {
      from: offer.status,
      ...(superseded ? { superseded } : {}),
    });
    return readOffer(tx, caller, offerId);
  });
}

/** Free places change with every registration: set directly, without review, within 0 and the capacity. */
export function setFreePlaces(
  db: TDb,
  caller: TOfferCaller,
  offerId: string,
  input: TFreePlacesChange,
): Promise<TOffer> {
  return db.transaction(async (tx) => {
    const offer = await lockOffer(tx, caller, offerId, input.version, ["draft", "in_review", "published"]);
    const { freePlaces } = input;
    if (freePlaces !== null && offer.capacity === null) {
      throw new FieldRuleViolation([{ pointer: "/body/freePlaces", code: "offer_capacity_required" }]);
    }
    if (freePlaces !== null && freePlaces < 0) {
      throw new FieldRuleViolation([{ pointer: "/body/freePlaces", code: "offer_free_places_negative" }]);
    }
    if (freePlaces !== null && offer.capacity !== null && freePlaces > offer.capacity) {
      throw new FieldRuleViolation([{ pointer: "/body/freePlaces", code: "offer_free_places_over_capacity" }]);
    }
    if (freePlaces !== offer.freePlaces) {
      await tx
        .update(offers)
        .set({ freePlaces, ...bumpVersion })
        .where(eq(offers.id, offerId));
      await auditOfferChange(tx, caller, "offer.free_places", offerId, { from: offer.freePlaces, to: freePlaces });
    }
    return readOffer(tx, caller, offerId);
  });
}
