import { eq, sql } from "drizzle-orm";
import type { TOffer, TOfferUpdate } from "../../../common/offers/offer-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { offerRevisions, offers } from "../offer-tables.js";
import { auditOfferChange } from "./offer-audit.js";
import type { TOfferCaller } from "./offer-caller.js";
import { readOfferContent, replaceOfferTexts, toContentColumns } from "./offer-content-rows.js";
import { diffOfferContent } from "./offer-diff.js";
import { lockOffer, supersedePending } from "./offer-locks.js";
import { readOffer } from "./offer-records.js";
import { assertOfferReferences } from "./offer-references.js";
import { sanitiseOfferContent } from "./sanitise-offer-html.js";

/**
 * Saves the offer form at the version read. A draft (new, or sent back) is overwritten; a published
 * offer stays as it is and the content waits as a revision for review, replacing a waiting one.
 */
export function updateOffer(db: TDb, caller: TOfferCaller, offerId: string, input: TOfferUpdate): Promise<TOffer> {
  const { version, ...submitted } = input;
  const content = sanitiseOfferContent(submitted);
  return db.transaction(async (tx) => {
    const offer = await lockOffer(tx, caller, offerId, version, ["draft", "published"]);
    await assertOfferReferences(tx, content);
    const fields = [...new Set(diffOfferContent(await readOfferContent(tx, offer), content).map((e) => e.field))];
    if (offer.status === "published") {
      const superseded = await supersedePending(tx, offerId);
      const [revision] = await tx
        .insert(offerRevisions)
        .values({ offerId, content, baseVersion: offer.version, submittedBy: caller.audit.actorUserId })
        .returning({ id: offerRevisions.id });
      await auditOfferChange(tx, caller, "offer.submit", offerId, {
        revisionId: revision?.id,
        fields,
        ...(superseded ? { superseded } : {}),
      });
    } else if (fields.length > 0) {
      await tx
        .update(offers)
        .set({ ...toContentColumns(content), version: sql`${offers.version} + 1`, updatedAt: sql`now()` })
        .where(eq(offers.id, offerId));
      await replaceOfferTexts(tx, offerId, content.translations);
      await auditOfferChange(tx, caller, "offer.update", offerId, { fields });
    }
    return readOffer(tx, caller, offerId);
  });
}
