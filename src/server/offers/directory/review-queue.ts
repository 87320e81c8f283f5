import { and, asc, count, eq } from "drizzle-orm";
import type { TReviewQueue, TReviewQueueQuery } from "../../../common/offers/offer-schemas.js";
import type { TDb } from "../../platform/db/database.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { offerRevisions, offers } from "../offer-tables.js";
import { buildOfferReach, type TOfferCaller } from "./offer-caller.js";
import { germanTitle, toRevisionKind } from "./offer-records.js";

/** The submissions waiting for review, oldest first, with the provider and whether it is a new offer or a change. */
export async function listReviewQueue(db: TDb, caller: TOfferCaller, query: TReviewQueueQuery): Promise<TReviewQueue> {
  const pending = and(eq(offerRevisions.status, "pending"), buildOfferReach(caller, "review"));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        revisionId: offerRevisions.id,
        offerId: offers.id,
        providerName: organisations.name,
        title: germanTitle,
        submittedAt: offerRevisions.submittedAt,
        publishedAt: offers.publishedAt,
        content: offerRevisions.content,
      })
      .from(offerRevisions)
      .innerJoin(offers, eq(offers.id, offerRevisions.offerId))
      .innerJoin(organisations, eq(organisations.id, offers.providerId))
      .where(pending)
      .orderBy(asc(offerRevisions.submittedAt), asc(offerRevisions.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ value: count() })
      .from(offerRevisions)
      .innerJoin(offers, eq(offers.id, offerRevisions.offerId))
      .where(pending),
  ]);
  return {
    items: rows.map((row) => ({
      revisionId: row.revisionId,
      offerId: row.offerId,
      providerName: row.providerName,
      title: row.content.translations.find((text) => text.language === "de")?.title ?? row.title,
      kind: toRevisionKind(row.publishedAt, row.submittedAt),
      submittedAt: row.submittedAt.toISOString(),
    })),
    total: total?.value ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
