import type { TOfferContent } from "../../../common/offers/offer-content-schemas.js";
import type { TOffer } from "../../../common/offers/offer-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { offers } from "../offer-tables.js";
import { auditOfferChange } from "./offer-audit.js";
import { findCreatingProvider, type TOfferCaller } from "./offer-caller.js";
import { replaceOfferTexts, toContentColumns } from "./offer-content-rows.js";
import { readOffer } from "./offer-records.js";
import { assertOfferReferences } from "./offer-references.js";
import { sanitiseOfferContent } from "./sanitise-offer-html.js";

/** A new offer of the caller's provider, as a draft: nobody but the provider sees it until it is submitted. */
export function createOffer(db: TDb, caller: TOfferCaller, input: TOfferContent): Promise<TOffer> {
  const providerId = findCreatingProvider(caller);
  if (!providerId) throw new HttpProblem(403, "forbidden");
  const content = sanitiseOfferContent(input);
  return db.transaction(async (tx) => {
    await assertOfferReferences(tx, content);
    const [row] = await tx
      .insert(offers)
      .values({ ...toContentColumns(content), providerId, status: "draft" })
      .returning({ id: offers.id });
    if (!row) throw new Error("offer not created");
    await replaceOfferTexts(tx, row.id, content.translations);
    await auditOfferChange(tx, caller, "offer.create", row.id, {
      languages: content.translations.map((text) => text.language),
    });
    return readOffer(tx, caller, row.id);
  });
}
